package com.followupbot.benchmarks;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.Storage;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.migrations.Migrations;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;

/**
 * Load driver for prompt dispatch (issue 12): seeds due follow-up steps straight into an embedded
 * PostgreSQL with fsync on, lets 1 and 3 bots sharing the database dispatch them through a no-op chat
 * port, and in the same run measures the raw ceiling of the same claim and ack done with plain JDBC, and
 * the same steps run as db-scheduler one-time tasks and as Quartz clustered jobs (fewer of them: Quartz is slow).
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar com.followupbot.benchmarks.DispatchThroughput [steps] [users] [batch] [quartzSteps]},
 * {@code … DispatchThroughput explain [steps] [users]} (the claim's plan), {@code … DispatchThroughput latency [sizes…]} (its latency as the queue grows),
 * {@code … DispatchThroughput memory [jar] [users] [steps] [jvm flags…]} (the bot process's RSS and start-up),
 * {@code … DispatchThroughput inbound [users] [rounds]} (reply latency of 50 users chatting at once),
 * {@code … DispatchThroughput drift [seconds] [steps] [interval]} (the raw claim's rate over a long burst, by autovacuum setting).
 */
public final class DispatchThroughput {

    /** The claim statement of {@code StepDao.claimDue}, positional: now, limit, instance, leaseUntil, leaseUntil. */
    static final String CLAIM = """
            with due as (
                select c.ctid from follow_up_step c
                where c.state in ('PENDING', 'SNOOZED') and c.parked_at is null
                  and greatest(c.due_at, c.next_attempt_at) <= ?
                order by greatest(c.due_at, c.next_attempt_at)
                limit ?
                for update of c skip locked)
            update follow_up_step s set claimed_by = ?, lease_until = ?, next_attempt_at = ?, attempts = s.attempts + 1
            where s.ctid = any (array(select ctid from due))
            returning s.user_id, s.id
            """;
    static final String MARK = """
            update follow_up_step set state = 'PROMPTED', prompted_at = ?, prompt_chat_id = ?, prompt_message_id = ?,
                   claimed_by = null, lease_until = null, next_attempt_at = null, attempts = 0
            where user_id = ? and id = ? and claimed_by = ?
            """;

    record Result(String name, int threads, int steps, double seconds, long duplicates) {
        double perSecond() {
            return steps / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("explain")) {
            ClaimPlan.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("inbound")) {
            InboundLatency.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("memory")) {
            MemoryFootprint.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("drift")) {
            ClaimDrift.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("latency")) {
            ClaimLatency.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int quartzSteps = args.length > 3 ? Integer.parseInt(args[3]) : Math.min(steps, 5_000);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").setServerConfig("max_connections", "200").start();
             HikariDataSource ds = pool(pg)) {
            Migrations.migrate(ds);
            Jdbi jdbi = Storage.jdbi(ds);
            System.out.printf("seeding %,d due steps over %,d users, batch %,d, fsync on; Quartz gets %,d%n", steps, users,
                    batch, quartzSteps);
            List<Result[]> rows = new ArrayList<>();
            for (int threads : new int[] {1, 3}) {
                seed(ds, 5_000, 500);
                runBots(jdbi, threads, batch, 5_000); // warm-up: the JIT and the pool
                seed(ds, steps, users);
                Result raw = runRaw(ds, threads, batch, steps);
                seed(ds, steps, users);
                Result ours = runBots(jdbi, threads, batch, steps);
                seed(ds, steps, users);
                Result dbScheduler = DbSchedulerRun.run(ds, threads);
                seed(ds, steps, users);
                Result quartz = QuartzRun.run(ds, pg.getJdbcUrl("postgres", "postgres"), threads, quartzSteps);
                rows.add(new Result[] {ours, raw, dbScheduler, quartz});
                System.out.printf(Locale.ROOT, "%d instance(s): ours %,.0f/s, raw %,.0f/s, db-scheduler %,.0f/s, quartz %,.0f/s%n",
                        threads, ours.perSecond(), raw.perSecond(), dbScheduler.perSecond(), quartz.perSecond());
            }
            print(rows);
        }
    }

    private static void print(List<Result[]> rows) {
        System.out.println();
        System.out.println("| instances | ours steps/s | raw JDBC steps/s | db-scheduler steps/s | Quartz steps/s "
                + "| ours / raw | ours / db-scheduler | ours / Quartz | duplicates (ours, db-s., Quartz) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Result[] r : rows) {
            System.out.printf(Locale.ROOT, "| %d | %,.0f (%.1f s) | %,.0f (%.2f s) | %,.0f (%.1f s) | %,.0f (%,d in %.1f s) | %.1f %% | %.1f× | %.0f× | %d, %d, %d |%n",
                    r[0].threads(), r[0].perSecond(), r[0].seconds(), r[1].perSecond(), r[1].seconds(),
                    r[2].perSecond(), r[2].seconds(), r[3].perSecond(), r[3].steps(), r[3].seconds(),
                    100 * r[0].perSecond() / r[1].perSecond(), r[0].perSecond() / r[2].perSecond(),
                    r[0].perSecond() / r[3].perSecond(), r[0].duplicates(), r[2].duplicates(), r[3].duplicates());
        }
    }

    private static Result runBots(Jdbi jdbi, int instances, int batch, int expected) throws Exception {
        AtomicLong messageIds = new AtomicLong();
        List<FollowUpBot> bots = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            bots.add(FollowUpBot.create(jdbi, Clock.systemUTC(), new NoOpPort(messageIds),
                    new BotSettings(ZoneId.of("Europe/Rome"), "bench-" + i, Duration.ofMinutes(2), batch)));
        }
        List<Callable<Integer>> work = bots.stream().<Callable<Integer>>map(b -> b::dispatchDuePrompts).toList();
        double seconds = timed(work);
        int prompted = jdbi.withHandle(h -> h.createQuery("select count(*) from follow_up_step where state = 'PROMPTED'")
                .mapTo(Integer.class).one());
        long duplicates = jdbi.withHandle(h -> h.createQuery("""
                select coalesce(sum(n - 1), 0) from (select count(*) n from prompt_delivery
                where delivered_at is not null group by user_id, step_id) d
                """).mapTo(Long.class).one());
        check(prompted, expected, "dispatcher");
        return new Result("dispatcher", instances, prompted, seconds, duplicates);
    }

    /** The same claim, then the marks of the batch in one JDBC batch: what the database itself can do. */
    private static Result runRaw(HikariDataSource ds, int threads, int batch, int expected) throws Exception {
        List<Callable<Integer>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String instance = "raw-" + t;
            work.add(() -> {
                int done = 0;
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    while (true) {
                        List<long[]> claimed = claim(c, instance, batch);
                        c.commit();
                        if (claimed.isEmpty()) {
                            return done;
                        }
                        try (PreparedStatement mark = c.prepareStatement(MARK)) {
                            Timestamp now = Timestamp.from(Instant.now());
                            for (long[] step : claimed) {
                                mark.setTimestamp(1, now);
                                mark.setString(2, "dm-" + step[0]);
                                mark.setString(3, "m" + step[1]);
                                mark.setLong(4, step[0]);
                                mark.setLong(5, step[1]);
                                mark.setString(6, instance);
                                mark.addBatch();
                            }
                            mark.executeBatch();
                        }
                        c.commit();
                        done += claimed.size();
                    }
                }
            });
        }
        double seconds = timed(work);
        int prompted = count(ds, "select count(*) from follow_up_step where state = 'PROMPTED'");
        check(prompted, expected, "raw");
        return new Result("raw", threads, prompted, seconds, 0);
    }

    private static List<long[]> claim(Connection c, String instance, int batch) throws SQLException {
        try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
            bindClaim(claim, Instant.now(), batch, instance);
            List<long[]> claimed = new ArrayList<>();
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            return claimed;
        }
    }

    /** Binds {@link #CLAIM}'s parameters: due by {@code now}, at most {@code batch}, leased for two minutes. */
    static void bindClaim(PreparedStatement claim, Instant now, int batch, String instance) throws SQLException {
        Timestamp leaseUntil = Timestamp.from(now.plus(Duration.ofMinutes(2)));
        claim.setTimestamp(1, Timestamp.from(now));
        claim.setInt(2, batch);
        claim.setString(3, instance);
        claim.setTimestamp(4, leaseUntil);
        claim.setTimestamp(5, leaseUntil);
    }

    private static double timed(List<Callable<Integer>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            long start = System.nanoTime();
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> w : work) {
                futures.add(pool.submit(w));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    private static void check(int prompted, int expected, String who) {
        if (prompted != expected) {
            throw new IllegalStateException(who + " prompted " + prompted + " of " + expected + " steps");
        }
    }

    /** Users with a private chat (working hours all day, every day), one meeting each, and {@code steps / users} contacts with a due note step. */
    static void seed(HikariDataSource ds, int steps, int users) throws SQLException {
        seed(ds, steps, users, "now() - interval '1 hour' - random() * interval '1 hour'");
    }

    /** Like {@link #seed(HikariDataSource, int, int)}, each step due at {@code dueAt} (an SQL expression). */
    static void seed(HikariDataSource ds, int steps, int users, String dueAt) throws SQLException {
        int perUser = steps / users;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate app_user cascade");
            // prompted at any hour of any day: a benchmark run in the evening must not wait for working hours
            s.execute("insert into app_user (zone, language, language_chosen, created_at, work_start, work_end, work_days) "
                    + "select 'Europe/Rome', 'en', true, now(), '00:00', '23:59:59.999999', 127 from generate_series(1, " + users + ")");
            s.execute("insert into user_identity (platform, platform_user_id, user_id, display_name, private_chat_id, last_seen_at) "
                    + "select 'TEST', 'u' || id, id, 'User ' || id, 'dm-' || id, now() from app_user");
            s.execute("insert into meeting (user_id, event, met_on, met_at, time_known, raw_text, language, confirmed, created_at) "
                    + "select id, 'the expo', current_date - 1, now() - interval '1 day', true, 'met them at the expo', 'en', true, now() "
                    + "from app_user");
            s.execute("insert into contact (user_id, full_name, match_key, company, created_at) "
                    + "select u.id, 'Anna Rossi ' || g, 'anna rossi ' || g, 'Acme', now() "
                    + "from app_user u, generate_series(1, " + perUser + ") g");
            s.execute("insert into meeting_contact (user_id, meeting_id, contact_id, new_contact) "
                    + "select c.user_id, m.id, c.id, true from contact c join meeting m on m.user_id = c.user_id");
            s.execute("insert into follow_up_step (user_id, contact_id, meeting_id, kind, state, due_at) "
                    + "select c.user_id, c.id, m.id, 'NOTE', 'PENDING', " + dueAt + " "
                    + "from contact c join meeting m on m.user_id = c.user_id");
            s.execute("vacuum analyze");
        }
    }

    static int count(HikariDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static HikariDataSource pool(EmbeddedPostgres pg) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(40); // db-scheduler: 3 × 10 worker threads plus its pollers
        return new HikariDataSource(config);
    }

    /** A chat platform that accepts everything at once. */
    private record NoOpPort(AtomicLong ids) implements ChatPort {
        @Override
        public MessageRef send(ChatId chat, OutboundMessage message) {
            return new MessageRef(chat.value(), "m" + ids.incrementAndGet());
        }

        @Override
        public MessageRef sendFile(ChatId chat, OutboundFile file) {
            return send(chat, OutboundMessage.text(file.caption()));
        }

        @Override
        public void edit(MessageRef message, OutboundMessage replacement) {
        }

        @Override
        public void acknowledge(Inbound.Press press, String text) {
        }
    }
}
