package com.followupbot.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes the prompt dispatcher every interval. The prompts themselves are database rows that the core
 * claims with SKIP LOCKED, so any number of instances can run this loop; it is only the wake-up call.
 */
public final class DispatchLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final ScheduledExecutorService executor;
    private final IntSupplier dispatch;
    private final Duration interval;

    private DispatchLoop(IntSupplier dispatch, Duration interval) {
        this.dispatch = dispatch;
        this.interval = interval;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dispatch-loop");
            thread.setDaemon(true); // a forgotten close must not keep the JVM alive
            return thread;
        });
    }

    public static DispatchLoop start(IntSupplier dispatch, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        DispatchLoop loop = new DispatchLoop(dispatch, interval);
        // fixed delay, not fixed rate: a slow round (a platform rate-limiting us) must not pile up rounds
        loop.executor.scheduleWithFixedDelay(loop::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return loop;
    }

    private void tick() {
        try {
            int sent = dispatch.getAsInt();
            if (sent > 0) {
                log.debug("Dispatched {} follow-up prompt(s)", sent);
            }
        } catch (RuntimeException e) {
            // an exception escaping a scheduled task would cancel all later runs: log and try next time
            log.warn("Dispatching due prompts failed; retrying in {} ms", interval.toMillis(), e);
        }
    }

    public boolean isRunning() {
        return !executor.isShutdown();
    }

    /** Stops waking the dispatcher and waits for a round in progress to finish. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("A dispatch round did not finish within {} s; interrupting it", STOP_TIMEOUT.toSeconds());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
