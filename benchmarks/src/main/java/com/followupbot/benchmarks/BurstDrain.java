package com.followupbot.benchmarks;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.Storage;
import com.followupbot.migrations.Migrations;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;

/**
 * Load driver for the 09:00 burst (issue 12), in real time: {@code prompts} follow-up steps due at once
 * across {@code users}, drained by {@code instances} bots sharing one embedded PostgreSQL, each through
 * the real adapter to a WireMock that enforces the platform's limits over sliding windows and answers 429
 * past them. Telegram ({@link TelegramLimits}): 30/s for the bot, 1/s per chat. Slack ({@link SlackLimits}):
 * 1/s per channel and {@code perMinute} (default 300) for the workspace. Reports the achieved rate as a
 * share of the bot-wide (workspace-wide) ceiling and the 429s. Telegram's full case is 100,000 prompts across
 * 20,000 users (~55 min); its default is a scaled run of 3,000 across 600 (~100 s).
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar com.followupbot.benchmarks.BurstDrain [telegram] [prompts] [users] [instances]}
 * or {@code … BurstDrain slack [prompts] [users] [instances] [perMinute]}.
 */
public final class BurstDrain {

    public static void main(String[] args) throws Exception {
        boolean slack = args.length > 0 && args[0].equals("slack");
        String[] rest = slack || args.length > 0 && args[0].equals("telegram") ? Arrays.copyOfRange(args, 1, args.length) : args;
        int prompts = rest.length > 0 ? Integer.parseInt(rest[0]) : 3_000;
        int users = rest.length > 1 ? Integer.parseInt(rest[1]) : 600;
        int instances = rest.length > 2 ? Integer.parseInt(rest[2]) : 2;
        int perMinute = rest.length > 3 ? Integer.parseInt(rest[3]) : 300;
        try (BurstTarget target = slack ? new SlackBurst(perMinute) : new TelegramBurst();
             EmbeddedPostgres pg = EmbeddedPostgres.builder().start(); HikariDataSource ds = DispatchThroughput.pool(pg)) {
            Migrations.migrate(ds);
            DispatchThroughput.seed(ds, prompts, users); // all due within the last two hours
            target.onPlatform(ds);
            Jdbi jdbi = Storage.jdbi(ds);
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                FollowUpBot bot = FollowUpBot.create(jdbi, Clock.systemUTC(), target.connect(),
                        BotSettings.defaults(ZoneId.of("Europe/Rome"), "burst-" + i));
                work.add(() -> drain(bot, ds));
            }
            System.out.printf(Locale.ROOT, "%,d prompts due across %,d users, %d instances; %s%n", prompts, users, instances,
                    target.limits());
            run(work);
            List<Long> times = target.accepted();
            double seconds = (times.get(times.size() - 1) - times.get(0)) / 1e9;
            double rate = (times.size() - 1) / seconds;
            System.out.printf(Locale.ROOT, "delivered %,d in %.1f s = %.2f msg/s = %.1f %% of %.2f msg/s; 429s: %d; sent more than once:"
                    + " %,d; load average %.2f%n", times.size(), seconds, rate, 100 * rate / target.ceiling(), target.ceiling(),
                    target.refused(), times.size() - prompts, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("messages per second, second by second: " + perSecond(times));
        }
    }

    /** Where a shortfall lies (the start, the tail, stalls in between): the count of each whole second. */
    private static String perSecond(List<Long> times) {
        int[] counts = new int[(int) ((times.get(times.size() - 1) - times.get(0)) / 1_000_000_000L) + 1];
        times.forEach(t -> counts[(int) ((t - times.get(0)) / 1_000_000_000L)]++);
        return Arrays.toString(counts);
    }

    /** Dispatches until nothing is pending; a step its chat holds back comes due again a moment later. */
    private static int drain(FollowUpBot bot, HikariDataSource ds) throws Exception {
        int delivered = 0;
        while (DispatchThroughput.count(ds, "select count(*) from follow_up_step where state <> 'PROMPTED'") > 0) {
            delivered += bot.dispatchDuePrompts();
            Thread.sleep(Duration.ofMillis(50).toMillis()); // a real-time driver: the launcher's loop sleeps too
        }
        return delivered;
    }

    private static void run(List<Callable<Integer>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> w : work) {
                futures.add(pool.submit(w));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
