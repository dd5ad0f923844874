package com.followupbot.conversation;

import com.followupbot.conversation.internal.ActionDao;
import com.followupbot.conversation.internal.ButtonDao;
import com.followupbot.conversation.internal.KeyboardDao;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Tidies what users no longer need: buttons on messages old enough that nobody presses them, and
 * questions whose time ran out. Runs as a calendar job; a press on a purged button gets "expired".
 */
public final class Housekeeping {

    /** Prompts can sit unanswered for weeks; a button lives a year. */
    static final Duration BUTTON_LIFETIME = Duration.ofDays(365);

    private final Jdbi jdbi;
    private final Clock clock;

    public Housekeeping(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Returns how many rows went. */
    public int purge() {
        int buttons = jdbi.withExtension(ButtonDao.class, dao -> dao.purgeOlderThan(clock.instant().minus(BUTTON_LIFETIME)))
                + jdbi.withExtension(KeyboardDao.class, dao -> dao.purgeOlderThan(clock.instant().minus(BUTTON_LIFETIME)));
        // past the undo window nothing can be undone: a forgotten contact's data must not outlive it
        int journal = jdbi.withExtension(ActionDao.class, dao -> dao.purgeOlderThan(clock.instant().minus(UndoFlow.WINDOW)));
        return buttons + journal + jdbi.withHandle(handle -> {
            int rows = 0;
            for (String sql : PURGES) {
                rows += sql.contains(":now") ? handle.createUpdate(sql).bind("now", clock.instant()).execute()
                        : handle.createUpdate(sql).execute();
            }
            return rows;
        });
    }

    /**
     * Lapsed questions; group commands whose private-chat link expired; pacing slots long past (on the
     * bot's clock, as pacing is); handled platform events older than two days (on the bot's clock, as the
     * ledger writes them), keeping each source's newest, where polling resumes.
     */
    private static final java.util.List<String> PURGES = java.util.List.of(
            "delete from pending_question where expires_at < :now",
            "delete from deferred_command where created_at < cast(:now as timestamptz) - interval '7 days'",
            "delete from send_pace where next_at < cast(:now as timestamptz) - interval '1 day'",
            """
            delete from inbound_event e where e.done_at < cast(:now as timestamptz) - interval '2 days'
              and (e.event_seq is null or e.event_seq < (select max(n.event_seq) from inbound_event n
                                                         where n.source = e.source and n.done_at is not null))
            """);
}
