package com.followupbot.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * What one scheduled job does when Quartz or db-scheduler runs a follow-up step: mark that step prompted
 * in one autocommitted update (and "send" it nowhere). It renders nothing and writes no buttons or outbox,
 * so the schedulers get less work per step than our dispatcher does: their figures are an upper bound.
 */
final class StepJob {

    private static final String MARK = """
            update follow_up_step set state = 'PROMPTED', prompted_at = ? where user_id = ? and id = ?
            """;

    private final DataSource dataSource;
    private final CountDownLatch remaining;
    private final AtomicLong executions = new AtomicLong();

    StepJob(DataSource dataSource, int steps) {
        this.dataSource = dataSource;
        this.remaining = new CountDownLatch(steps);
    }

    void run(long userId, long stepId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement mark = c.prepareStatement(MARK)) {
            mark.setTimestamp(1, Timestamp.from(Instant.now()));
            mark.setLong(2, userId);
            mark.setLong(3, stepId);
            mark.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        executions.incrementAndGet();
        remaining.countDown();
    }

    void awaitAll() throws InterruptedException {
        remaining.await();
    }

    /** Executions beyond one per step. */
    long duplicates(int steps) {
        return executions.get() - steps;
    }

    /** The due steps the benchmark seeded, as (user id, step id) pairs. */
    static java.util.List<long[]> dueSteps(DataSource ds) throws SQLException {
        java.util.List<long[]> steps = new java.util.ArrayList<>();
        try (Connection c = ds.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select user_id, id from follow_up_step where state = 'PENDING' order by due_at")) {
            while (rs.next()) {
                steps.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return steps;
    }
}
