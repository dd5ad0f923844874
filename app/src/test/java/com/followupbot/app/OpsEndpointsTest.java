package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.Platform;
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operations listener over real HTTP: Prometheus text at /metrics, the checks at /healthz. */
class OpsEndpointsTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ChatUser PAOLA = ChatUser.of(Platform.TEST, "paola", "Paola");
    private static final ChatId DM = ChatId.privateChat("dm-paola");

    private final HttpClient http = HttpClient.newHttpClient();
    private final MovableClock clock = new MovableClock(at(12, 18, 40), ROME);
    private final RecordingChatPort chat = new RecordingChatPort();

    @TempDir
    Path dataDir;

    @Test
    void theRunningBotServesItsMetricsAndHealth() throws Exception {
        HikariDataSource database = TestDatabase.fresh();
        AtomicBoolean receiving = new AtomicBoolean(true);
        TestTerminal terminal = new TestTerminal("", Map.of("DATABASE_URL", database.getJdbcUrl(), OpsServer.PORT_VARIABLE, "0"));
        try (BotRuntime runtime = BotRuntime.start(new DataDirectory(dataDir, null), terminal.terminal(), ROME,
                new TestFrontend(receiving::get), Duration.ofMillis(20))) {
            String base = "http://localhost:" + runtime.opsPort().orElseThrow();
            runtime.bot().handle(new Inbound.Text(PAOLA, DM, "met Anna Rossi from Acme at the expo"));
            runtime.bot().handle(new Inbound.Text(PAOLA, DM, "asdf qwerty"));

            clock.set(at(13, 9, 30)); // the note to Anna is due at 9:00; the loop sends it
            await().atMost(Duration.ofSeconds(10)).until(() -> get(base + "/metrics").body().contains("followup_prompts_sent_total 1.0"));

            String metrics = get(base + "/metrics").body();
            assertThat(metrics)
                    .contains("followup_messages_in_total{platform=\"test\"} 2.0")
                    .contains("followup_parse_failures_total{platform=\"test\"} 1.0")
                    .contains("followup_messages_out_total{kind=\"message\",platform=\"console\"}")
                    .contains("followup_prompts_due 0.0")
                    .contains("followup_dispatch_lag_seconds 0.0")
                    .doesNotContain("Anna");

            HttpResponse<String> health = get(base + "/healthz");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(json(health.body()).get("checks")).hasToString(
                    "{\"database\":\"UP\",\"scheduler\":\"UP\",\"test-adapter\":\"UP\"}");

            receiving.set(false); // the adapter lost its connection
            HttpResponse<String> adapterDown = get(base + "/healthz");
            assertThat(adapterDown.statusCode()).isEqualTo(503);
            assertThat(json(adapterDown.body()).get("checks").get("test-adapter").asText()).isEqualTo("DOWN");
        }
    }

    @Test
    void dueGaugesReadTheBacklogAndFailedSendsAreCountedByReason() throws Exception {
        HikariDataSource database = TestDatabase.fresh();
        OpsMetrics metrics = new OpsMetrics();
        FollowUpBot bot = FollowUpBot.create(Storage.jdbi(database), clock,
                List.of(new MeteredChatPort(chat, "telegram", metrics)), BotSettings.defaults(ROME, "ops"), metrics);
        metrics.watchBacklog(bot::dueBacklog);
        bot.handle(new Inbound.Text(PAOLA, DM, "met Anna Rossi from Acme at the expo"));

        clock.set(at(13, 9, 30));
        assertThat(metrics.scrape()).contains("followup_prompts_due 1.0", "followup_dispatch_lag_seconds 1800.0");
        assertThat(metrics.dispatchRound(bot::dispatchDuePrompts)).isEqualTo(1);
        assertThat(metrics.scrape()).contains("followup_prompts_due 0.0", "followup_prompts_sent_total 1.0",
                "followup_messages_out_total{kind=\"message\",platform=\"telegram\"} 2.0");

        ChatPort limited = new MeteredChatPort(new RefusingPort(), "slack", metrics);
        assertThatThrownBy(() -> metrics.dispatchRound(() -> {
            limited.send(DM, OutboundMessage.text("hello"));
            return 0;
        })).isInstanceOf(DeliveryException.class);
        assertThat(metrics.scrape()).contains(
                "followup_delivery_failures_total{platform=\"slack\",reason=\"RATE_LIMITED\"} 1.0",
                "followup_rate_limited_total{platform=\"slack\"} 1.0",
                "followup_prompts_failed_total 1.0");

        database.close(); // the database is gone: the gauges say so instead of failing the scrape
        assertThat(metrics.scrape()).contains("followup_prompts_due NaN");
    }

    @Test
    void healthIsServiceUnavailableWhenTheDatabaseIsDown() throws Exception {
        HikariDataSource database = TestDatabase.fresh();
        database.close();
        HealthChecks checks = new HealthChecks().add("database", HealthChecks.database(database));
        try (OpsServer server = OpsServer.start(0, new OpsMetrics(), checks)) {
            HttpResponse<String> health = get("http://localhost:" + server.port() + "/healthz");

            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(json(health.body()).get("status").asText()).isEqualTo("DOWN");
            assertThat(json(health.body()).get("checks").get("database").asText()).isEqualTo("DOWN");
        }
    }

    @Test
    void aPortThatIsNotANumberIsOneReadableLine() {
        TestTerminal terminal = new TestTerminal("", Map.of(OpsServer.PORT_VARIABLE, "nine"));
        assertThatThrownBy(() -> OpsServer.port(terminal.terminal())).isInstanceOf(StartupException.class)
                .hasMessage("FOLLOWUP_OPS_PORT: “nine” is not a port number (0-65535).");
        assertThat(OpsServer.port(new TestTerminal("", Map.of()).terminal())).isEqualTo(-1);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String body) throws Exception {
        return new ObjectMapper().readTree(body);
    }

    private static java.time.Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, ROME).toInstant();
    }

    /** A chat frontend for the runtime: the recording port, the movable clock, one adapter whose health the test sets. */
    private final class TestFrontend implements ChatFrontend {

        private final BooleanSupplier receiving;

        TestFrontend(BooleanSupplier receiving) {
            this.receiving = receiving;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public ChatPort chatPort() {
            return chat;
        }

        @Override
        public Map<String, BooleanSupplier> adapterChecks() {
            return Map.of("test-adapter", receiving);
        }

        @Override
        public int run(FollowUpBot bot) {
            return ExitCodes.OK;
        }
    }

    /** A platform answering every send with 429. */
    private static final class RefusingPort implements ChatPort {
        @Override
        public MessageRef send(ChatId chat, OutboundMessage message) {
            throw new DeliveryException(DeliveryException.Reason.RATE_LIMITED, "429", Duration.ofSeconds(1), null);
        }

        @Override
        public MessageRef sendFile(ChatId chat, OutboundFile file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void edit(MessageRef message, OutboundMessage replacement) {
        }

        @Override
        public void acknowledge(Inbound.Press press, String text) {
        }
    }
}
