package com.followupbot.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.telegram.TelegramAdapter;
import com.followupbot.telegram.TelegramConfig;
import com.followupbot.testing.DueSteps;
import com.followupbot.testing.TestDatabase;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the launcher, a real separate JVM on Telegram (WireMock standing in for the Bot API) and an
 * external database, is killed (SIGKILL) in the middle of a burst of due prompts. A second instance takes
 * its leases over once they expire and sends the rest: every follow-up is prompted, and the duplicates are
 * at most the prompts the killed one had in flight (written to the outbox, not yet marked prompted).
 * 300 steps in the normal build (about 12 s of Telegram's pace); {@code -Preliability} makes it 3,000.
 */
class KilledInstanceTest {

    private static final int STEPS = Integer.getInteger("reliability.killed.steps", 300);
    private static final String TOKEN = "123456:fake-token-for-tests";
    private static final long FIRST_CHAT = 900_000;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void aKilledInstancesPromptsAreAllSentAndItsInFlightOnesAtMostTwice() throws Exception {
        WireMockServer telegram = fakeBotApi();
        try {
            HikariDataSource database = TestDatabase.fresh();
            // on the real clock (the child's), so whatever the hour the suite runs at, these users may be prompted
            DueSteps.seed(database, "TELEGRAM", FIRST_CHAT, STEPS, 1, Instant.now(), true);
            Jdbi jdbi = Storage.jdbi(database);

            Process child = launch(database.getJdbcUrl(), URI.create(telegram.baseUrl()));
            try {
                await().atMost(Duration.ofSeconds(120)).until(() -> !child.isAlive() || sends(telegram) >= STEPS * 2 / 5 + 7); // inside a batch of 100, not at its end
                assertThat(child.isAlive()).as("the launcher runs; its stderr: %s", stderr()).isTrue();
            } finally {
                child.destroyForcibly(); // kill -9: no shutdown hook, no last mark
                child.waitFor(30, TimeUnit.SECONDS);
            }
            String killed = jdbi.withHandle(h -> h.createQuery("select distinct instance from prompt_delivery")
                    .mapTo(String.class).one());
            int sentByKilled = sends(telegram);
            long inFlight = count(jdbi, "select count(*) from prompt_delivery where delivered_at is null");
            long leased = count(jdbi, "select count(*) from follow_up_step where claimed_by is not null");
            assertThat(sentByKilled).as("killed in the middle").isLessThan(STEPS);

            // the second instance, its clock past the killed one's leases (2 minutes)
            MovableClock clock = new MovableClock(Instant.now().plus(Duration.ofMinutes(2)).plusSeconds(5), ROME);
            try (TelegramAdapter adapter = TelegramAdapter.connect(TelegramConfig.longPolling(TOKEN, URI.create(telegram.baseUrl())))) {
                FollowUpBot second = FollowUpBot.create(jdbi, clock, adapter.chatPort(), BotSettings.defaults(ROME, "survivor"));
                await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    second.dispatchDuePrompts();
                    return count(jdbi, "select count(*) from follow_up_step where state <> 'PROMPTED'") == 0;
                });
            }

            Map<Long, Long> perChat = telegram.findAll(postRequestedFor(method("sendmessage"))).stream()
                    .collect(Collectors.groupingBy(r -> chatOf(r.getBodyAsString()), Collectors.counting()));
            long duplicates = perChat.values().stream().mapToLong(n -> n - 1).sum();
            long lost = STEPS - perChat.size();
            System.out.printf("Killed instance: %d due steps; the killed JVM sent %d, had %d claimed and %d in flight "
                    + "(outbox, unmarked); the survivor sent %d; duplicates %d, lost %d%n", STEPS, sentByKilled, leased,
                    inFlight, sends(telegram) - sentByKilled, duplicates, lost);
            assertThat(lost).as("lost").isZero();
            assertThat(perChat.values()).as("no chat prompted more than twice").allMatch(n -> n <= 2);
            assertThat(duplicates).as("duplicates at most the sends in flight").isLessThanOrEqualTo(inFlight);
            assertThat(leased).as("the killed instance held claims").isPositive();
            assertThat(count(jdbi, "select count(*) from prompt_delivery where instance = 'survivor' and delivered_at is not null"))
                    .as("its leases taken over").isEqualTo(STEPS - sentByKilled + duplicates);
            assertThat(killed).isNotEqualTo("survivor");
        } finally {
            telegram.stop();
        }
    }

    /** The Bot API as far as the launcher uses it: getMe, an empty getUpdates, sendMessage answered with a Message. */
    private static WireMockServer fakeBotApi() {
        WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(20));
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(method("getme")).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"id\":123456,\"is_bot\":true,\"first_name\":\"Follow-Up\",\"username\":\"FollowUpTestBot\"}}")));
        // a long poll that finds nothing, without the poller spinning
        server.stubFor(post(method("getupdates")).willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(1_000)));
        server.stubFor(post(method("sendmessage")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"result\":{\"message_id\":{{randomInt lower=1 upper=2000000000}},\"date\":1773300000,"
                        + "\"chat\":{\"id\":{{jsonPath request.body '$.chat_id'}},\"type\":\"private\"}}}")
                .withTransformers("response-template")));
        return server;
    }

    private Process launch(String databaseUrl, URI telegram) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Duser.home=" + work, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--data-dir", work.resolve("data").toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Files.createFile(work.resolve("in")).toFile()))
                .redirectOutput(work.resolve("out").toFile()).redirectError(work.resolve("err").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("TELEGRAM_") || name.startsWith("SLACK_")
                || name.startsWith("FOLLOWUP_") || name.equals("DATABASE_URL"));
        builder.environment().putAll(Map.of("DATABASE_URL", databaseUrl, "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", telegram.toString(), "FOLLOWUP_ZONE", "Europe/Rome"));
        return builder.start();
    }

    private String stderr() throws IOException {
        return Files.readString(work.resolve("err"));
    }

    private static int sends(WireMockServer telegram) {
        return telegram.findAll(postRequestedFor(method("sendmessage"))).size();
    }

    private static UrlPattern method(String name) {
        return urlMatching("(?i)/bot[^/]+/" + name);
    }

    private static long chatOf(String body) {
        try {
            return JSON.readTree(body).get("chat_id").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
