package com.followupbot;

import com.followupbot.pacing.Pause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until moved: the console's {@code /advance} and the tests use it to walk
 * through the 24/7/30 cycle in seconds. Thread-safe.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MovableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Starts at the current system time. */
    public static MovableClock startingNow(ZoneId zone) {
        return new MovableClock(Instant.now(), zone);
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + duration);
        }
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /**
     * Waiting on this clock: a pause moves it on to the end of the wait (never back, when another
     * thread moved it further meanwhile) and returns at once.
     */
    public Pause pause() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Instant until = instant().plus(duration);
                now.updateAndGet(instant -> instant.isBefore(until) ? until : instant);
            }
        };
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MovableClock(now, newZone);
    }
}
