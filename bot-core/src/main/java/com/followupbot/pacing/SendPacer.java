package com.followupbot.pacing;

import com.followupbot.chat.SendLimits;
import com.followupbot.pacing.internal.PaceDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Paces sends against the platform's limits, shared by every instance through the database: one row
 * per key (the bot overall, each chat) holds the earliest instant its next message may go out, and a
 * reservation moves it on by one interval. A send first waits for its chat, then for the bot overall. Intervals are wider than the published ({@link #SAFETY}, {@link #OVERALL_SAFETY})
 * limits, because those are approximate and a request reaches the platform a little after its slot:
 * a few late ones must not add up to a second with more than the ceiling.
 * Time is the injected clock's, as everywhere in the bot: instances on several hosts rely on their clocks
 * agreeing (NTP keeps them within a few ms, well inside the margin), and tests move time instead of waiting.
 */
public final class SendPacer {

    /** 15 % below a chat's ceiling: 1 msg/s per chat is paced as one every 1.15 s. */
    static final double SAFETY = 1.15;

    /**
     * 5 % below the bot's ceiling: 30 msg/s is paced as one message every 35 ms, at most 29 in any second
     * even when sent on time to the ms. At 15 % (38.3 ms) the burst could not pass 87 % of the ceiling
     * (BurstDrain); a late send pushes the next slot on by a full interval from when it left, so lateness
     * does not bunch messages up.
     */
    static final double OVERALL_SAFETY = 1.05;

    private final Jdbi jdbi;
    private final SendLimits limits;
    private final Clock clock;

    public SendPacer(Jdbi jdbi, SendLimits limits, Clock clock) {
        this.jdbi = jdbi;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Reserves the chat's next slot for a message; returns how long to wait for it. A far slot holds
     * up only this chat: the bot's overall slot is taken afterwards, when the message is about to go.
     */
    public Duration reserveChat(String chatId, boolean isPrivate) {
        return reserve(chatKey(chatId), widen(limits.chatInterval(isPrivate), SAFETY));
    }

    /**
     * Reserves the next overall slot for a message to {@code chatId} (the bot's, or its tenant's), just
     * before sending; returns how long to wait for it (a few ms at most when busy).
     */
    public Duration reserveOverall(String chatId) {
        return reserve(limits.overallKey(chatId), widen(limits.overall().interval(), OVERALL_SAFETY));
    }

    /**
     * A message to {@code chatId} has just gone out: the next ones wait a full interval from now, not
     * only from its slot, so a send that left late cannot bunch up with the one after it.
     */
    public void sent(String chatId, boolean isPrivate) {
        String chatKey = chatKey(chatId);
        String overallKey = limits.overallKey(chatId);
        jdbi.useTransaction(handle -> {
            PaceDao dao = handle.attach(PaceDao.class);
            Instant now = clock.instant();
            // keys in a fixed order, so two instances touching the same pair never deadlock
            for (String key : List.of(overallKey, chatKey).stream().sorted().toList()) {
                Duration interval = key.equals(overallKey) ? limits.overall().interval() : limits.chatInterval(isPrivate);
                dao.notBefore(key, now.plus(widen(interval, key.equals(overallKey) ? OVERALL_SAFETY : SAFETY)));
            }
        });
    }

    /** How long until {@code chatId} could take a message, without reserving anything. */
    public Duration idleIn(String chatId) {
        return jdbi.withExtension(PaceDao.class, dao -> {
            List<Instant> next = dao.nextAt(chatKey(chatId));
            Instant now = clock.instant();
            return next.isEmpty() || !next.get(0).isAfter(now) ? Duration.ZERO : Duration.between(now, next.get(0));
        });
    }

    /** The platform asked us to slow down: nothing more goes to {@code chatId} for {@code retryAfter}. */
    public void backOff(String chatId, Duration retryAfter) {
        String key = chatKey(chatId);
        jdbi.useExtension(PaceDao.class, dao -> {
            dao.ensure(key);
            dao.notBefore(key, clock.instant().plus(retryAfter));
        });
    }

    private Duration reserve(String key, Duration spacing) {
        return jdbi.inTransaction(handle -> {
            PaceDao dao = handle.attach(PaceDao.class);
            dao.ensure(key);
            Instant next = dao.lock(key);
            Instant now = clock.instant();
            Instant slot = later(now, next);
            dao.set(key, slot.plus(spacing));
            return Duration.between(now, slot);
        });
    }

    private String chatKey(String chatId) {
        return limits.scope() + "/chat/" + chatId;
    }

    private static Duration widen(Duration interval, double margin) {
        return Duration.ofNanos((long) Math.ceil(interval.toNanos() * margin));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
