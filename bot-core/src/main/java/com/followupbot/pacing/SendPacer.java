package com.followupbot.pacing;

import com.followupbot.chat.SendLimits;
import com.followupbot.pacing.internal.PaceDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Paces sends against the platform's limits, shared by every instance through the database: one row
 * per key (the bot overall, each chat) holds the earliest instant its next message may go out, and a
 * reservation moves it on by one interval. A send first waits for its chat, then for the bot overall.
 * Intervals are wider than the published limits ({@link #SAFETY}, {@link #OVERALL_SAFETY}), because
 * those are approximate and a request reaches the platform a little after its slot: a few late ones
 * must not add up to a window with more than the ceiling.
 * Time is the injected clock's, as everywhere in the bot: instances on several hosts rely on their clocks
 * agreeing (NTP keeps them within a few ms, well inside the margin), and tests move time instead of waiting.
 */
public final class SendPacer {

    /** 15 % below a chat's ceiling: 1 msg/s per chat is paced as one every 1.15 s. */
    static final double SAFETY = 1.15;

    /**
     * 2 % below the bot's ceiling: 30 msg/s is paced as one message every 34 ms. The spacing alone is not
     * what keeps the platform's sliding window under its ceiling, {@link #sent} is: it makes the next
     * slot wait until message n + N (N the rate's messages per window) cannot reach the platform less than
     * one window after message n's answer came back, however late n left. At 15 % margin with a full
     * interval pushed after every answer the burst stayed under 89 % of the ceiling (BurstDrain).
     */
    static final double OVERALL_SAFETY = 1.02;

    /** Rounding between the bot's clock and the platform's: a window counts as this much longer. */
    static final Duration WINDOW_GUARD = Duration.ofMillis(2);

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
        return reserve(chatKey(chatId), chatSpacing(isPrivate));
    }

    /** A reserved overall slot: how long to wait for it, and its number, which {@link #sent} needs. */
    public record Slot(Duration delay, long number) {
    }

    /**
     * Reserves the next overall slot for a message to {@code chatId} (the bot's, or its tenant's), just
     * before sending; says how long to wait for it (a few ms at most when busy).
     */
    public Slot reserveOverall(String chatId) {
        Duration spacing = overallSpacing();
        Instant now = clock.instant();
        PaceDao.Taken taken = ownHandle(dao -> dao.takeNumbered(limits.overallKey(chatId), now, now.plus(spacing)));
        return new Slot(untilSlot(now, taken.nextAt(), spacing), taken.reserved());
    }

    /**
     * A message to {@code chatId} has just been answered. Its chat waits a full spacing from now, so a
     * send that left late cannot bunch up with the chat's next one. The bot overall waits only what the
     * sliding window needs (see {@link #OVERALL_SAFETY}): message n + N must not leave less than a window
     * after n's answer (the latest n can have reached the platform). The r slots given out after n's
     * meanwhile (other instances', or this one's) are taken already, so the next free slot is pushed to at
     * least answer + window - (N - 1 - r) spacings.
     * Two single-row statements, each taking one lock, so two instances can never deadlock on them
     * (each commits at once: see {@link #ownHandle}).
     */
    public void sent(String chatId, boolean isPrivate, Slot overall) {
        Instant now = clock.instant();
        useOwnHandle(dao -> {
            dao.answered(limits.overallKey(chatId), overall.number(), now.plus(overallAfterAnswer()),
                    overallSpacing().toNanos() / 1_000, limits.overall().messages() - 1L);
            dao.notBefore(chatKey(chatId), now.plus(chatSpacing(isPrivate)));
        });
    }

    /** How long until {@code chatId} could take a message, without reserving anything. */
    public Duration idleIn(String chatId) {
        return ownHandle(dao -> {
            List<Instant> next = dao.nextAt(chatKey(chatId));
            Instant now = clock.instant();
            return next.isEmpty() || !next.get(0).isAfter(now) ? Duration.ZERO : Duration.between(now, next.get(0));
        });
    }

    /** The platform asked us to slow down: nothing more goes to {@code chatId} for {@code retryAfter}. */
    public void backOff(String chatId, Duration retryAfter) {
        String key = chatKey(chatId);
        useOwnHandle(dao -> {
            dao.ensure(key);
            dao.notBefore(key, clock.instant().plus(retryAfter));
        });
    }

    /**
     * The wait after an answer that keeps N messages out of one window when nothing else is in flight:
     * window - (N - 1) spacings; negative when the spacing alone is enough (a few messages per minute).
     */
    Duration overallAfterAnswer() {
        SendLimits.Rate rate = limits.overall();
        return rate.per().plus(WINDOW_GUARD).minus(overallSpacing().multipliedBy(rate.messages() - 1L));
    }

    private Duration overallSpacing() {
        return widen(limits.overall().interval(), OVERALL_SAFETY);
    }

    private Duration chatSpacing(boolean isPrivate) {
        return widen(limits.chatInterval(isPrivate), SAFETY);
    }

    private Duration reserve(String key, Duration spacing) {
        Instant now = clock.instant();
        Instant next = ownHandle(dao -> dao.take(key, now, now.plus(spacing)));
        return untilSlot(now, next, spacing);
    }

    /** The wait for the slot just taken: the key's new next free instant, less the spacing it moved on by. */
    private static Duration untilSlot(Instant now, Instant next, Duration spacing) {
        Duration wait = Duration.between(now, next.minus(spacing));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /**
     * Pacing runs on a connection of its own, in autocommit, even when the caller holds a transaction
     * (a sweep sending its batch inside one): joining it would keep the bot's overall row locked until
     * that batch commits, stalling every other sender and letting two such sweeps deadlock on chat rows.
     */
    private <T> T ownHandle(Function<PaceDao, T> work) {
        try (Handle handle = jdbi.open()) {
            return work.apply(handle.attach(PaceDao.class));
        }
    }

    private void useOwnHandle(Consumer<PaceDao> work) {
        ownHandle(dao -> {
            work.accept(dao);
            return null;
        });
    }

    private String chatKey(String chatId) {
        return limits.scope() + "/chat/" + chatId;
    }

    private static Duration widen(Duration interval, double margin) {
        return Duration.ofNanos((long) Math.ceil(interval.toNanos() * margin));
    }

}
