package com.followupbot.benchmarks;

import com.followupbot.migrations.Migrations;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Prints the plan of the dispatcher's claim at a given table size ({@code explain [steps] [users]}),
 * as a custom plan and as the generic plan a prepared statement switches to. EXPLAIN ANALYZE runs the
 * claim, so each runs in a transaction that is rolled back. A tenth of the users have blocked the bot and a
 * tenth of the steps are backing off after a failure, as in production: the claim before V11 walks over them
 * on every poll, the claim after finds them outside its index range.
 */
final class ClaimPlan {

    /** The claim before issue 12: the outer update found its rows by a hash semi join over the whole table. */
    static final String BEFORE = """
            update follow_up_step s set claimed_by = $1, lease_until = $2, attempts = s.attempts + 1
            where (s.user_id, s.id) in (
                select c.user_id, c.id from follow_up_step c
                where c.state in ('PENDING', 'SNOOZED') and c.due_at <= $3
                  and (c.lease_until is null or c.lease_until < $3)
                  and exists (select 1 from user_identity i where i.user_id = c.user_id and i.blocked_at is null)
                order by c.due_at
                limit $4
                for update of c skip locked)
            returning s.user_id, s.id
            """;

    private ClaimPlan() {
    }

    static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start();
             HikariDataSource ds = DispatchThroughput.pool(pg)) {
            Migrations.migrate(ds);
            DispatchThroughput.seed(ds, steps, users);
            blockAndBackOff(ds);
            String after = positional(DispatchThroughput.CLAIM);
            explain(ds, "before", BEFORE, steps, users, "auto");
            explain(ds, "before", BEFORE, steps, users, "force_generic_plan");
            explain(ds, "after", after, steps, users, "auto");
            explain(ds, "after", after, steps, users, "force_generic_plan");
            MarkPlans.explain(ds);
        }
    }

    /** Blocks every tenth user (V11's trigger parks their steps) and backs off every tenth step for an hour. */
    private static void blockAndBackOff(HikariDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("update user_identity set blocked_at = now() where user_id % 10 = 0");
            // both ways a retry time was written: lease_until before V11, next_attempt_at after
            s.execute("update follow_up_step set lease_until = now() + interval '1 hour', "
                    + "next_attempt_at = now() + interval '1 hour' where id % 10 = 1");
            s.execute("vacuum analyze");
        }
        System.out.printf("%,d steps parked, %,d backing off%n",
                DispatchThroughput.count(ds, "select count(*) from follow_up_step where parked_at is not null"),
                DispatchThroughput.count(ds, "select count(*) from follow_up_step where next_attempt_at > now()"));
    }

    /** The driver's claim with numbered parameters in the order of {@link #BEFORE}: instance, leaseUntil, now, limit. */
    private static String positional(String claim) {
        String[] order = {"$3", "$4", "$1", "$2", "$2"};
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char ch : claim.toCharArray()) {
            out.append(ch == '?' ? order[n++] : String.valueOf(ch));
        }
        return out.toString();
    }

    /** EXPLAIN ANALYZE of a prepared claim (EXECUTE), so plan_cache_mode decides custom or generic; rolled back. */
    private static void explain(HikariDataSource ds, String label, String sql, int steps, int users, String mode) throws Exception {
        System.out.printf("%n-- claim %s: %,d due steps, %,d users, limit 1000, plan_cache_mode %s%n", label, steps, users, mode);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local plan_cache_mode = " + mode);
                s.execute("prepare claim (text, timestamptz, timestamptz, int) as " + sql);
                try (ResultSet rs = s.executeQuery("explain (analyze, costs) execute claim ('explain', now() + interval '2 minutes', now(), 1000)")) {
                    while (rs.next()) {
                        System.out.println(rs.getString(1));
                    }
                }
                c.rollback();
                s.execute("deallocate claim");
            }
        }
    }
}
