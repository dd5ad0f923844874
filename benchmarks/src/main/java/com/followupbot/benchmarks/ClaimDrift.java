package com.followupbot.benchmarks;

import com.followupbot.migrations.Migrations;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Does the raw claim slow down as a long burst leaves dead index entries behind? The raw claim and mark
 * of {@link DispatchThroughput} in small batches (100) for a fixed time, its rate printed per interval,
 * once with PostgreSQL's default autovacuum settings on the queue table, once with V11's per-table
 * settings, and once with those and a 10 s autovacuum naptime (the default naptime, 1 min, is longer
 * than most bursts, so per-table thresholds alone are looked at only once a minute).
 * Usage: {@code … DispatchThroughput drift [seconds per run] [steps] [interval seconds]}.
 */
final class ClaimDrift {

    private static final int BATCH = 100;

    private ClaimDrift() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 90;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int interval = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
             HikariDataSource ds = DispatchThroughput.pool(pg)) {
            Migrations.migrate(ds);
            System.out.printf("raw claim + mark, batch %d, %d s per run, %,d due steps seeded before each run%n", BATCH, seconds, steps);
            System.out.println("| autovacuum | " + header(seconds, interval) + " last / first |");
            System.out.println("|---|" + "---|".repeat(seconds / interval + 1));
            for (Setting setting : Setting.values()) {
                setting.apply(ds);
                DispatchThroughput.seed(ds, steps, steps / 50);
                List<Double> rates = run(ds, seconds, interval);
                System.out.printf(Locale.ROOT, "| %s | %s | %.0f %% |%n", setting.label, format(rates),
                        100 * rates.get(rates.size() - 1) / rates.get(0));
            }
        }
    }

    private enum Setting {
        DEFAULTS("PostgreSQL defaults (naptime 1 min, scale factor 0.2)",
                "alter table follow_up_step reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold,"
                        + " autovacuum_vacuum_cost_delay)"),
        TABLE("V11 per-table settings (naptime 1 min)", null),
        NAPTIME("V11 per-table settings, naptime 10 s", "alter system set autovacuum_naptime = '10s'");

        final String label;
        final String sql;

        Setting(String label, String sql) {
            this.label = label;
            this.sql = sql;
        }

        void apply(HikariDataSource ds) throws SQLException {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                if (this == TABLE) {
                    s.execute("alter table follow_up_step set (autovacuum_vacuum_scale_factor = 0.01,"
                            + " autovacuum_vacuum_threshold = 1000, autovacuum_vacuum_cost_delay = 0)");
                }
                if (sql != null) {
                    s.execute(sql);
                }
                s.execute("select pg_reload_conf()");
            }
        }
    }

    /** Claims and marks until {@code seconds} pass; the rows per second of each interval. */
    private static List<Double> run(HikariDataSource ds, int seconds, int interval) throws SQLException {
        List<Double> rates = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement claim = c.prepareStatement(DispatchThroughput.CLAIM);
             PreparedStatement mark = c.prepareStatement(DispatchThroughput.MARK)) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long intervalEnd = start + interval * 1_000_000_000L;
            int done = 0;
            while (rates.size() < seconds / interval) {
                done += claimAndMark(c, claim, mark);
                long now = System.nanoTime();
                if (now >= intervalEnd) {
                    rates.add(done / ((now - intervalEnd + interval * 1_000_000_000L) / 1e9));
                    done = 0;
                    intervalEnd = now + interval * 1_000_000_000L;
                }
            }
        }
        return rates;
    }

    private static int claimAndMark(Connection c, PreparedStatement claim, PreparedStatement mark) throws SQLException {
        DispatchThroughput.bindClaim(claim, Instant.now(), BATCH, "drift");
        int claimed = 0;
        try (ResultSet rs = claim.executeQuery()) {
            while (rs.next()) {
                mark.setTimestamp(1, Timestamp.from(Instant.now()));
                mark.setString(2, "dm-" + rs.getLong(1));
                mark.setString(3, "m" + rs.getLong(2));
                mark.setLong(4, rs.getLong(1));
                mark.setLong(5, rs.getLong(2));
                mark.setString(6, "drift");
                mark.addBatch();
                claimed++;
            }
        }
        c.commit();
        if (claimed == 0) {
            throw new IllegalStateException("the queue ran dry: seed more steps or run shorter");
        }
        mark.executeBatch();
        c.commit();
        return claimed;
    }

    private static String header(int seconds, int interval) {
        StringBuilder header = new StringBuilder();
        for (int t = interval; t <= seconds; t += interval) {
            header.append(t - interval).append("–").append(t).append(" s | ");
        }
        return header.toString();
    }

    private static String format(List<Double> rates) {
        return String.join(" | ", rates.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r)).toList());
    }
}
