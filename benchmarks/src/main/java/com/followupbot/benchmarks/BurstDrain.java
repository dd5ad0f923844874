package com.followupbot.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.Storage;
import com.followupbot.migrations.Migrations;
import com.followupbot.telegram.TelegramAdapter;
import com.followupbot.telegram.TelegramConfig;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * the real Telegram adapter to a WireMock that enforces Telegram's limits over a sliding second (30/s for
 * the bot, 1/s per chat; 429 with retry_after past them). Reports the achieved rate as a share of 30 msg/s
 * and the 429s. The full case is 100,000 prompts across 20,000 users (~55 min); the default is a scaled
 * run of 3,000 across 600 (~100 s).
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar com.followupbot.benchmarks.BurstDrain [prompts] [users] [instances]}
 */
public final class BurstDrain {

    private static final String TOKEN = "123456:burst-drain-token";
    private static final int CEILING = 30;

    public static void main(String[] args) throws Exception {
        int prompts = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int instances = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        TelegramLimits limits = new TelegramLimits(CEILING, 1);
        WireMockServer telegram = new WireMockServer(options().dynamicPort().containerThreads(40).extensions(limits));
        telegram.start();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start(); HikariDataSource ds = DispatchThroughput.pool(pg)) {
            stub(telegram);
            Migrations.migrate(ds);
            DispatchThroughput.seed(ds, prompts, users); // all due within the last two hours
            onTelegram(ds);
            Jdbi jdbi = Storage.jdbi(ds);
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                TelegramAdapter adapter = TelegramAdapter.connect(TelegramConfig.longPolling(TOKEN, URI.create(telegram.baseUrl())));
                FollowUpBot bot = FollowUpBot.create(jdbi, Clock.systemUTC(), adapter.chatPort(),
                        BotSettings.defaults(ZoneId.of("Europe/Rome"), "burst-" + i));
                work.add(() -> drain(bot, ds));
            }
            System.out.printf(Locale.ROOT, "%,d prompts due across %,d users, %d instances; Telegram limits %d/s bot, 1/s chat%n",
                    prompts, users, instances, CEILING);
            run(work);
            List<Long> times = limits.accepted();
            double seconds = (times.get(times.size() - 1) - times.get(0)) / 1e9;
            double rate = (times.size() - 1) / seconds;
            System.out.printf(Locale.ROOT, "delivered %,d in %.1f s = %.2f msg/s = %.1f %% of %d msg/s; 429s: %d; load average %.2f%n",
                    times.size(), seconds, rate, 100 * rate / CEILING, CEILING, limits.refused(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            telegram.stop();
        }
    }

    private static void stub(WireMockServer telegram) {
        telegram.stubFor(post(urlMatching("(?i)/bot[^/]+/getme")).willReturn(okJson("{\"ok\":true,\"result\":{\"id\":123456,"
                + "\"is_bot\":true,\"first_name\":\"Follow-Up\",\"username\":\"BurstBot\"}}")));
        telegram.stubFor(post(urlMatching("(?i)/bot[^/]+/sendmessage")).willReturn(aResponse().withTransformers(TelegramLimits.NAME)));
        telegram.stubFor(post(urlMatching("(?i)/bot[^/]+/(?!sendmessage|getme).*")).atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"result\":true}")));
    }

    /** The seeded users become Telegram users, each with a numeric private chat. */
    private static void onTelegram(HikariDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("update user_identity set platform = 'TELEGRAM', platform_user_id = (100000 + user_id)::text,"
                    + " private_chat_id = (100000 + user_id)::text");
        }
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
