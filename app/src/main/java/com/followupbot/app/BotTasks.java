package com.followupbot.app;

import com.followupbot.chapter.ChapterSchedule;
import java.util.List;

import com.followupbot.FollowUpBot;
import java.util.concurrent.locks.Lock;
import java.util.function.IntSupplier;

/**
 * The bot's periodic entry points, as the background schedulers call them. An interface so that a
 * frontend can serialise them with its own work (see {@link #guardedBy}) and tests can count calls.
 */
public interface BotTasks {

    /** Claims and sends follow-up prompts that are due; returns how many. */
    int dispatchDuePrompts();

    /** Sends the morning agendas that are due; returns how many. */
    int sendDueAgendas();

    /** Frees claims whose lease ran out (an instance died mid-send), purges year-old buttons and lapsed questions. */
    int housekeeping();

    /** Handles the messages kept while the database was away, as far as it is back; returns how many. */
    default int replayHeld() {
        return 0;
    }

    /** The chapters whose weekly digest is on, and when each goes out; none by default. */
    default List<ChapterSchedule> chapterDigests() {
        return List.of();
    }

    /** Posts a chapter's digest of this week; false when it went out already (or there is none). */
    default boolean sendChapterDigest(String chatId) {
        return false;
    }

    static BotTasks of(FollowUpBot bot) {
        return new BotTasks() {
            @Override
            public List<ChapterSchedule> chapterDigests() {
                return bot.chapterDigestSchedules();
            }

            @Override
            public boolean sendChapterDigest(String chatId) {
                return bot.sendChapterDigest(chatId);
            }

            @Override
            public int replayHeld() {
                return bot.replayHeld();
            }

            @Override
            public int dispatchDuePrompts() {
                return bot.dispatchDuePrompts();
            }

            @Override
            public int sendDueAgendas() {
                return bot.sendDueAgendas();
            }

            @Override
            public int housekeeping() {
                return bot.housekeeping();
            }
        };
    }

    /** The same tasks, each run while holding {@code lock}. */
    default BotTasks guardedBy(Lock lock) {
        BotTasks tasks = this;
        return new BotTasks() {
            @Override
            public List<ChapterSchedule> chapterDigests() {
                return tasks.chapterDigests();
            }

            @Override
            public boolean sendChapterDigest(String chatId) {
                return locked(lock, () -> tasks.sendChapterDigest(chatId) ? 1 : 0) == 1;
            }

            @Override
            public int replayHeld() {
                return locked(lock, tasks::replayHeld);
            }

            @Override
            public int dispatchDuePrompts() {
                return locked(lock, tasks::dispatchDuePrompts);
            }

            @Override
            public int sendDueAgendas() {
                return locked(lock, tasks::sendDueAgendas);
            }

            @Override
            public int housekeeping() {
                return locked(lock, tasks::housekeeping);
            }
        };
    }

    private static int locked(Lock lock, IntSupplier task) {
        lock.lock();
        try {
            return task.getAsInt();
        } finally {
            lock.unlock();
        }
    }
}
