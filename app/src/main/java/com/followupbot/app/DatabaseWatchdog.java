package com.followupbot.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL again when it died under the running bot (killed, out of memory,
 * crashed): nobody else would, and every message would wait for it forever. It checks the postmaster's
 * process, every interval, on a daemon thread of its own; the pool needs nothing, since the server comes
 * back on the same port. Meanwhile the bot keeps what users send and replays it once the server is back.
 */
final class DatabaseWatchdog implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(DatabaseWatchdog.class);

    private final EmbeddedDatabase embedded;
    private final ScheduledExecutorService executor;

    private DatabaseWatchdog(EmbeddedDatabase embedded) {
        this.embedded = embedded;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "database-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    static DatabaseWatchdog watch(EmbeddedDatabase embedded, Duration interval) {
        DatabaseWatchdog watchdog = new DatabaseWatchdog(embedded);
        watchdog.executor.scheduleWithFixedDelay(watchdog::check, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return watchdog;
    }

    /** One look: restarts the server if it is dead. Returns whether it did. */
    boolean check() {
        try {
            return embedded.restartIfDead();
        } catch (RuntimeException e) {
            // its last backends may still hold the shared memory for a moment: try again next time
            log.warn("Could not start the embedded PostgreSQL again yet: {}", e.toString());
            return false;
        }
    }

    /** Stops watching without waiting for a restart in progress, so that /quit returns promptly. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
