package com.followupbot.pacing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waiting for a send slot. Production really waits; it is one place, so the waiting stays visible. */
@FunctionalInterface
public interface Pause {

    void pause(Duration duration) throws InterruptedException;

    Pause REAL = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        }
    };
}
