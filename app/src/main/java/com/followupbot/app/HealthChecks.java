package com.followupbot.app;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * What {@code /healthz} checks, by name: the database answers {@code select 1}, this node's Quartz runs,
 * each chat adapter receives. A check that throws or takes longer than {@link #TIMEOUT} is down, so a
 * load balancer's probe gets its answer quickly even while the database hangs.
 */
final class HealthChecks {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Map<String, BooleanSupplier> checks = new LinkedHashMap<>();

    HealthChecks add(String name, BooleanSupplier check) {
        checks.put(name, check);
        return this;
    }

    HealthChecks addAll(Map<String, BooleanSupplier> more) {
        checks.putAll(more);
        return this;
    }

    static BooleanSupplier database(DataSource dataSource) {
        return () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.setQueryTimeout((int) TIMEOUT.toSeconds());
                return statement.execute("select 1");
            } catch (Exception e) {
                return false;
            }
        };
    }

    static BooleanSupplier scheduler(Scheduler scheduler) {
        return () -> {
            try {
                return scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
            } catch (SchedulerException e) {
                return false;
            }
        };
    }

    /** Runs every check at once on {@code threads}; true per name when it passed within the timeout. */
    Map<String, Boolean> run(ExecutorService threads) {
        Map<String, CompletableFuture<Boolean>> running = new LinkedHashMap<>();
        checks.forEach((name, check) -> running.put(name, CompletableFuture.supplyAsync(() -> safely(check), threads)));
        Map<String, Boolean> results = new LinkedHashMap<>();
        running.forEach((name, future) -> {
            try {
                results.put(name, future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.put(name, false);
            } catch (Exception e) { // timed out or failed
                results.put(name, false);
            }
        });
        return results;
    }

    private static boolean safely(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
