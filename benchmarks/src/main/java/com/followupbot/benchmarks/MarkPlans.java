package com.followupbot.benchmarks;

import com.followupbot.followup.internal.DeliveryDao;
import com.followupbot.followup.internal.StepDao;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Prints the plans of the two marks of a sent batch ({@code StepDao.markAllPrompted}, {@code
 * DeliveryDao.deliveredAll}), read from the DAOs' annotations so the statements explained are the ones the
 * dispatcher runs: a batch of 1,000 is claimed and attempted, then each mark is run under EXPLAIN ANALYZE with
 * the batch's arrays bound, as a one-shot statement is planned; the marks are rolled back.
 */
final class MarkPlans {

    private static final Pattern NAMED = Pattern.compile("(?<!:):(\\w+)");

    private MarkPlans() {
    }

    static void explain(HikariDataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            List<Long[]> batch = claimAndAttempt(c);
            Long[] users = batch.get(0), steps = batch.get(1), attempts = batch.get(2);
            Timestamp now = Timestamp.from(Instant.now());
            System.out.printf("%n-- the marks of a batch of %,d (StepDao.markAllPrompted, DeliveryDao.deliveredAll), "
                    + "%,d earlier attempts in the outbox%n", steps.length, DispatchThroughput.count(ds, "select count(*) from prompt_delivery"));
            c.setAutoCommit(false);
            explain(c, query(StepDao.class, "markAllPrompted"), Map.of("userIds", array(c, "bigint", users),
                    "ids", array(c, "bigint", steps), "chatIds", array(c, "text", prefixed("dm-", users)),
                    "messageIds", array(c, "text", prefixed("m", steps)), "instance", "explain", "now", now));
            explain(c, query(DeliveryDao.class, "deliveredAll"), Map.of("userIds", array(c, "bigint", users),
                    "ids", array(c, "bigint", attempts), "messageIds", array(c, "text", prefixed("m", attempts)), "now", now));
            c.rollback();
        }
    }

    /**
     * Gives every step an earlier delivered attempt (the outbox's history), then claims a batch as instance
     * "explain" with the dispatcher's claim and writes its attempts, committed as the dispatcher does before it
     * sends: users, steps, attempts.
     */
    private static List<Long[]> claimAndAttempt(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("insert into prompt_delivery (user_id, step_id, instance, attempted_at, delivered_at, message_id) "
                    + "select user_id, id, 'earlier', now() - interval '1 day', now() - interval '1 day', 'm' || id from follow_up_step");
        }
        List<Long> users = new ArrayList<>(), steps = new ArrayList<>(), attempts = new ArrayList<>();
        try (PreparedStatement claim = c.prepareStatement("with claimed as (" + DispatchThroughput.CLAIM + ") "
                + "insert into prompt_delivery (user_id, step_id, instance, attempted_at) "
                + "select user_id, id, 'explain', now() from claimed returning user_id, step_id, id")) {
            DispatchThroughput.bindClaim(claim, Instant.now(), 1_000, "explain");
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    users.add(rs.getLong(1));
                    steps.add(rs.getLong(2));
                    attempts.add(rs.getLong(3));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("vacuum analyze follow_up_step, prompt_delivery");
        }
        return List.of(users.toArray(Long[]::new), steps.toArray(Long[]::new), attempts.toArray(Long[]::new));
    }

    private static void explain(Connection c, String sql, Map<String, Object> values) throws Exception {
        List<String> names = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(positional, "?");
        }
        m.appendTail(positional);
        try (PreparedStatement explain = c.prepareStatement("explain (analyze, costs) " + positional)) {
            for (int i = 0; i < names.size(); i++) {
                explain.setObject(i + 1, values.get(names.get(i)));
            }
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    System.out.println(rs.getString(1));
                }
            }
        }
        System.out.println();
    }

    private static Array array(Connection c, String type, Object[] values) throws Exception {
        return c.createArrayOf(type, values);
    }

    private static String[] prefixed(String prefix, Long[] ids) {
        return Arrays.stream(ids).map(id -> prefix + id).toArray(String[]::new);
    }

    private static String query(Class<?> dao, String method) {
        return Arrays.stream(dao.getMethods()).filter(m -> m.getName().equals(method)).findFirst()
                .map(m -> m.isAnnotationPresent(SqlUpdate.class) ? m.getAnnotation(SqlUpdate.class).value()
                        : m.getAnnotation(SqlQuery.class).value())
                .orElseThrow();
    }
}
