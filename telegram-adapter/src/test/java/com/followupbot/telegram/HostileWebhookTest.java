package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.followupbot.MovableClock;
import com.followupbot.testing.TestDatabase;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Webhook requests an attacker or a broken proxy could send: a wrong or missing secret is refused before
 * the body is read as JSON (a body that is not JSON still gets 401, not 400); with the secret, malformed
 * update JSON gets an answer, reaches nothing and breaks nothing. Neither the bot token nor the webhook
 * secret appears in any log line, at any level, from start to the last request.
 */
class HostileWebhookTest {

    private static final String PUBLIC_URL = "https://bot.example.com/telegram/updates";
    private final TelegramUser paola = new TelegramUser(4242, "Paola", "en");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;
    private TelegramTestBot telegram;
    private URI endpoint;
    private String secret;

    @BeforeEach
    void startInWebhookModeLoggingEverything() throws Exception {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logs.start();
        root.addAppender(logs);
        FakeBotApi api = new FakeBotApi();
        TelegramConfig config = new TelegramConfig(FakeBotApi.TOKEN, api.url(), URI.create(PUBLIC_URL),
                new InetSocketAddress("127.0.0.1", 0), null);
        telegram = new TelegramTestBot(api, TestDatabase.fresh(),
                new MovableClock(TelegramTestBot.thursdayEvening().toInstant(), TelegramTestBot.ROME), "tg-hostile", config);
        telegram.adapter.start(telegram.bot);
        endpoint = URI.create("http://127.0.0.1:" + telegram.adapter.webhookAddress().orElseThrow().getPort()
                + "/telegram/updates");
        var setWebhook = telegram.api.calls("setwebhook").get(0);
        secret = new String(setWebhook.getPart("secret_token").getBody().asBytes(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        telegram.close();
        root.detachAppender(logs);
        root.setLevel(rootLevel);
    }

    @Test
    void aWrongOrMissingSecretIsRefusedBeforeTheBodyIsRead() throws Exception {
        for (String body : new String[] {"not json at all", "{", "\u0000\u0001", "{\"update_id\": \"x\"}", ""}) {
            assertThat(post(body, null).statusCode()).as("missing, body %s", body).isEqualTo(401);
            assertThat(post(body, "forged").statusCode()).as("forged, body %s", body).isEqualTo(401);
            assertThat(post(body, secret.substring(1)).statusCode()).as("a prefix cut").isEqualTo(401);
        }
        assertThat(telegram.count("select count(*) from app_user")).isZero();
        assertThat(telegram.count("select count(*) from inbound_message")).isZero();
        assertThat(telegram.api.sent()).isEmpty();
    }

    @Test
    void malformedUpdatesWithTheSecretAreAnsweredAndReachNothing() throws Exception {
        Random random = new Random(20261202L);
        List<String> bodies = new ArrayList<>(List.of("", "{", "[]", "null", "42", "\"text\"", "{\"update_id\": \"x\"}",
                "{\"update_id\": 900001, \"message\": 7}", "{\"update_id\": 900002, \"message\": {\"text\": \"met Anna at the expo\"}}",
                "{\"update_id\": 900003, \"callback_query\": {\"id\": \"q\", \"data\": \"\\u0000'; drop table contact; --\"}}",
                "{\"update_id\": 900004, \"message\": {\"chat\": {\"id\": \"abc\"}, \"from\": null}}",
                "{\"update_id\": 900005, \"message\": {\"message_id\": 1, \"chat\": {\"id\": 1, \"type\": \"private\"}}}",
                "{\"update_id\": 900009" + ", \"x\": [".repeat(2000)));
        for (int i = 0; i < 200; i++) {
            byte[] noise = new byte[random.nextInt(3000)];
            random.nextBytes(noise);
            bodies.add(new String(noise, StandardCharsets.ISO_8859_1));
        }
        for (String body : bodies) {
            int status = post(body, secret).statusCode();
            assertThat(status).as("body %.40s", body).isIn(200, 400, 413);
        }
        assertThat(telegram.count("select count(*) from inbound_message")).as("no text reached the core").isZero();
        assertThat(telegram.count("select count(*) from contact")).isZero();

        assertThat(post(paola.says("met Anna Rossi at the expo").toString(), secret).statusCode()).isEqualTo(200);
        await().atMost(TelegramTestBot.PATIENCE).until(() -> telegram.count("select count(*) from contact") == 1);
        assertNoSecretLogged();
    }

    @Test
    void theTokenAndTheSecretAreNeverLogged() throws Exception {
        post("{", "forged");
        post("{", secret);
        assertThat(post(paola.says("met Anna Rossi at the expo").toString(), secret).statusCode()).isEqualTo(200);
        await().atMost(TelegramTestBot.PATIENCE).until(() -> !telegram.api.sent().isEmpty());
        assertThat(logs.list).as("logging was captured at every level").isNotEmpty();
        assertNoSecretLogged();
    }

    private void assertNoSecretLogged() {
        String tokenSecretPart = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);
        for (ILoggingEvent event : List.copyOf(logs.list)) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : " " + event.getThrowableProxy().getMessage());
            assertThat(line).as("%s %s", event.getLevel(), event.getLoggerName())
                    .doesNotContain(tokenSecretPart, secret);
        }
    }

    private HttpResponse<String> post(String body, String withSecret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1));
        if (withSecret != null) {
            request.header(WebhookEndpoint.SECRET_HEADER, withSecret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
