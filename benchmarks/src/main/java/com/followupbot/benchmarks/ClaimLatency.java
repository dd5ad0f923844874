package com.followupbot.benchmarks;

import com.followupbot.migrations.Migrations;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The claim's latency as the pending queue grows ({@code latency [sizes…]}): for each size, that many
 * pending follow-up steps over size / 100 users, of which about 10,000 are due (a morning's batch) and the
 * rest due over the next 30 days. One instance then claims 100 at a time with the dispatcher's claim
 * statement and marks them prompted, until nothing is due; each claim is timed (the statement and its
 * commit). Three rounds per size (the due steps put back and vacuumed between), so about 300 samples. The goal is a p99 at 1M within 1.5× the p99 at 10k.
 */
final class ClaimLatency {

    private static final int DUE = 10_000;
    private static final int BATCH = 100;
    private static final int ROUNDS = 3;

    private ClaimLatency() {
    }

    static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000, 1_000_000};
        List<String> rows = new ArrayList<>();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start();
             HikariDataSource ds = DispatchThroughput.pool(pg)) {
            Migrations.migrate(ds);
            for (int size : sizes) {
                double dueShare = Math.min(1.0, (double) DUE / size);
                DispatchThroughput.seed(ds, size, Math.max(1, size / 100), "case when random() < " + dueShare
                        + " then now() - random() * interval '1 hour' else now() + random() * interval '30 days' end");
                long[] nanos = new long[0];
                for (int round = 0; round < ROUNDS; round++) {
                    nanos = concat(nanos, claimUntilEmpty(ds));
                    reopen(ds);
                }
                rows.add(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.2f | %.2f | %.2f |", size, nanos.length,
                        nanos.length * (long) BATCH, percentile(nanos, 50), percentile(nanos, 99), percentile(nanos, 100)));
                System.out.println(rows.get(rows.size() - 1));
            }
        }
        System.out.println();
        System.out.println("| pending steps | claims of " + BATCH + " | rows claimed (≤) | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static long[] claimUntilEmpty(HikariDataSource ds) throws Exception {
        List<Long> nanos = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement claim = c.prepareStatement(DispatchThroughput.CLAIM);
             PreparedStatement mark = c.prepareStatement(DispatchThroughput.MARK)) {
            c.setAutoCommit(false);
            while (true) {
                Instant now = Instant.now();
                long start = System.nanoTime();
                List<long[]> claimed = claim(claim, now);
                c.commit();
                long took = System.nanoTime() - start;
                if (claimed.isEmpty()) {
                    return nanos.stream().mapToLong(Long::longValue).toArray();
                }
                nanos.add(took);
                for (long[] step : claimed) {
                    mark.setTimestamp(1, Timestamp.from(now));
                    mark.setString(2, "dm-" + step[0]);
                    mark.setString(3, "m" + step[1]);
                    mark.setLong(4, step[0]);
                    mark.setLong(5, step[1]);
                    mark.setString(6, "latency");
                    mark.addBatch();
                }
                mark.executeBatch();
                c.commit();
            }
        }
    }

    private static List<long[]> claim(PreparedStatement claim, Instant now) throws Exception {
        DispatchThroughput.bindClaim(claim, now, BATCH, "latency");
        List<long[]> claimed = new ArrayList<>();
        try (ResultSet rs = claim.executeQuery()) {
            while (rs.next()) {
                claimed.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return claimed;
    }

    /** The prompted steps become pending again, as the next morning's batch would be; autovacuum's work done at once. */
    private static void reopen(HikariDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("update follow_up_step set state = 'PENDING', prompted_at = null, prompt_chat_id = null, "
                    + "prompt_message_id = null where state = 'PROMPTED'");
            s.execute("vacuum analyze follow_up_step");
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
