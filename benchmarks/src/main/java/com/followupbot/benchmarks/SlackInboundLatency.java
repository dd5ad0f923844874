package com.followupbot.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.migrations.Migrations;
import com.followupbot.slack.SlackAdapter;
import com.followupbot.slack.SlackConfig;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * InboundLatency through Slack ({@code … DispatchThroughput inbound slack [users] [rounds] [thinkMillis] [real|still]}):
 * the same four messages per round, but each posted signed over real HTTP to the adapter's /slack/events (DM
 * messages as event_callback, the press as block_actions, the command as /followups), and the reply is the next
 * chat.postMessage or chat.update the adapter makes to the user's DM at a WireMock slack.com. Latency: from the
 * POST to that reply reaching WireMock, so the ack, the lane, users.info, the core and the pacer are all in it.
 * "real" (default): the bot's clock is the system's and its pacer really waits (1/s per DM, 300/min for the one
 * workspace, so many users together queue behind the workspace's ceiling); "still": a clock that stands still
 * and moves through the pacer's waits, as the default mode's does, which leaves the HTTP path and the core.
 */
final class SlackInboundLatency {

    private static final long REPLY_TIMEOUT_MILLIS = 120_000;

    private SlackInboundLatency() {
    }

    static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long thinkMillis = args.length > 2 ? Long.parseLong(args[2]) : 1_000;
        boolean real = args.length < 4 || !args[3].equals("still");
        SlackReplies replies = new SlackReplies();
        WireMockServer slack = new WireMockServer(options().dynamicPort().containerThreads(60).extensions(replies));
        slack.start();
        SlackBurst.stubIdentity(slack);
        slack.stubFor(post(urlPathMatching("/api/(chat\\.postMessage|chat\\.update|conversations\\.open|users\\.info)"))
                .willReturn(aResponse().withTransformers(SlackReplies.NAME)));
        ZoneId rome = ZoneId.of("Europe/Rome");
        Clock clock = real ? Clock.system(rome)
                : new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, rome).toInstant(), rome);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start();
             HikariDataSource ds = DispatchThroughput.pool(pg);
             SlackAdapter adapter = SlackAdapter.connect(SlackConfig.http(SlackBurst.TOKEN, SlackBurst.SIGNING_SECRET,
                     SlackBurst.apiUrl(slack), 0))) {
            Migrations.migrate(ds);
            FollowUpBot bot = FollowUpBot.create(Storage.jdbi(ds), clock, adapter.chatPort(),
                    new BotSettings(rome, "inbound-slack", Duration.ofMinutes(2), 1_000));
            adapter.start(bot);
            SlackRequests requests = new SlackRequests(adapter.httpAddress().orElseThrow().getPort(), SlackBurst.TEAM,
                    SlackBurst.SIGNING_SECRET);
            AtomicInteger lost = new AtomicInteger();
            run(requests, replies, users, 5, thinkMillis, lost); // warm-up: the JIT, the pools, the users' rows and profiles
            lost.set(0);
            long start = System.nanoTime();
            long[] nanos = run(requests, replies, users, rounds, thinkMillis, lost);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "| %d | %,d ms | %s | %,d | %.0f | %.1f | %.1f | %.1f | %.1f | %d |%n", users, thinkMillis,
                    real ? "real" : "still", nanos.length, nanos.length / seconds, InboundLatency.at(nanos, 50),
                    InboundLatency.at(nanos, 90), InboundLatency.at(nanos, 99), InboundLatency.at(nanos, 100), lost.get());
        } finally {
            slack.stop();
        }
    }

    private static long[] run(SlackRequests requests, SlackReplies replies, int users, int rounds, long thinkMillis,
                              AtomicInteger lost) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        long[][] perUser = new long[users][];
        for (int u = 0; u < users; u++) {
            int user = u;
            Thread thread = new Thread(() -> perUser[user] = new Member(requests, replies, user, thinkMillis, lost).chat(rounds),
                    "member-" + user);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return Arrays.stream(perUser).flatMapToLong(Arrays::stream).toArray();
    }

    /** One member chatting in their DM: says, presses, asks, commands, each timed to the bot's reply. */
    private record Member(SlackRequests requests, SlackReplies replies, int index, long thinkMillis, AtomicInteger lost) {

        long[] chat(int rounds) {
            java.util.Random think = new java.util.Random(index);
            String user = "U1" + index;
            long[] nanos = new long[rounds * 4];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                int round = r;
                String first = InboundLatency.FIRST[(index + r) % InboundLatency.FIRST.length];
                String name = first + " " + InboundLatency.LAST[(index * 3 + r) % InboundLatency.LAST.length];
                InboundLatency.think(think, thinkMillis);
                Timed confirmation = timed(user, () -> requests.message(user, "met " + name + " from Acme " + round + " at the expo"));
                nanos[n++] = confirmation.nanos();
                InboundLatency.think(think, thinkMillis);
                JsonNode button = confirmation.reply() == null ? null : firstButton(confirmation.reply().blocks());
                String ts = confirmation.reply() == null ? null : confirmation.reply().ts();
                nanos[n++] = (button == null ? timed(user, () -> requests.message(user, "yes"))
                        : timed(user, () -> requests.click(user, ts, button.path("action_id").asText(), button.path("value").asText())))
                        .nanos();
                InboundLatency.think(think, thinkMillis);
                nanos[n++] = timed(user, () -> requests.message(user, "who is " + first)).nanos();
                InboundLatency.think(think, thinkMillis);
                nanos[n++] = timed(user, () -> requests.command(user, "/followups")).nanos();
            }
            return nanos;
        }

        /** Posts, then waits for the next reply to the DM; one that never comes counts as the longest wait given. */
        private Timed timed(String user, Request request) {
            String dm = SlackRequests.dm(user);
            int seen = replies.count(dm);
            long start = System.nanoTime();
            try {
                request.post();
                SlackReplies.Reply reply = replies.await(dm, seen, REPLY_TIMEOUT_MILLIS);
                if (reply != null) {
                    return new Timed(reply.arrivedNanos() - start, reply);
                }
            } catch (Exception e) {
                System.err.println("member " + index + ": " + e);
            }
            lost.incrementAndGet();
            return new Timed(REPLY_TIMEOUT_MILLIS * 1_000_000, null);
        }

        private static JsonNode firstButton(JsonNode blocks) {
            for (JsonNode block : blocks) {
                if (block.path("type").asText().equals("actions") && block.path("elements").size() > 0) {
                    return block.path("elements").get(0);
                }
            }
            return null;
        }
    }

    /** A request's reply latency, and the reply (null if none came). */
    private record Timed(long nanos, SlackReplies.Reply reply) {
    }

    @FunctionalInterface
    private interface Request {
        void post() throws Exception;
    }
}
