package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupbot.MovableClock;
import com.followupbot.testing.TestDatabase;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook mode: setWebhook registers the URL with a random secret; only requests carrying it are taken. */
class WebhookTest {

    private static final String PUBLIC_URL = "https://bot.example.com/telegram/updates";
    private final TelegramUser paola = new TelegramUser(4242, "Paola", "en");
    private final HttpClient http = HttpClient.newHttpClient();
    private TelegramTestBot telegram;
    private URI endpoint;

    @BeforeEach
    void startInWebhookMode() throws Exception {
        FakeBotApi api = new FakeBotApi();
        TelegramConfig config = new TelegramConfig(FakeBotApi.TOKEN, api.url(), URI.create(PUBLIC_URL),
                new InetSocketAddress("127.0.0.1", 0), null);
        telegram = new TelegramTestBot(api, TestDatabase.fresh(),
                new MovableClock(TelegramTestBot.thursdayEvening().toInstant(), TelegramTestBot.ROME), "tg-webhook", config);
        telegram.adapter.start(telegram.bot);
        int port = telegram.adapter.webhookAddress().orElseThrow().getPort();
        endpoint = URI.create("http://127.0.0.1:" + port + "/telegram/updates");
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void registersTheWebhookWithARandomSecretAndTakesUpdatesCarryingIt() throws Exception {
        LoggedRequest setWebhook = telegram.api.calls("setwebhook").get(0);
        assertThat(part(setWebhook, "url")).isEqualTo(PUBLIC_URL);
        String secret = part(setWebhook, "secret_token");
        assertThat(secret).matches("[A-Za-z0-9_-]{32,256}");
        assertThat(telegram.api.calls("getupdates")).as("no polling in webhook mode").isEmpty();

        assertThat(post(paola.says("met Anna Rossi at the expo"), secret).statusCode()).isEqualTo(200);
        assertThat(telegram.awaitSent(1).text()).contains("Anna Rossi");
    }

    @Test
    void refusesRequestsWithoutTheSecretAndChangesNothing() throws Exception {
        String secret = part(telegram.api.calls("setwebhook").get(0), "secret_token");
        assertThat(post(paola.says("met Anna Rossi at the expo"), null).statusCode()).isEqualTo(401);
        assertThat(post(paola.says("met Anna Rossi at the expo"), "not-the-secret").statusCode()).isEqualTo(401);
        assertThat(post(paola.says("met Anna Rossi at the expo"), secret + "x").statusCode()).isEqualTo(401);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(endpoint).header(WebhookEndpoint.SECRET_HEADER, secret)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(endpoint.resolve("/other"))
                .header(WebhookEndpoint.SECRET_HEADER, secret).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(404);

        assertThat(telegram.count("select count(*) from app_user")).isZero();
        assertThat(telegram.count("select count(*) from inbound_message")).isZero();
        assertThat(telegram.api.sent()).isEmpty();
    }

    @Test
    void anUpdateDeliveredTwiceIsHandledOnce() throws Exception {
        String secret = part(telegram.api.calls("setwebhook").get(0), "secret_token");
        ObjectNode update = paola.says("met Anna Rossi at the expo");
        assertThat(post(update, secret).statusCode()).isEqualTo(200);
        assertThat(post(update, secret).statusCode()).as("Telegram retrying after a timeout").isEqualTo(200);
        ObjectNode next = paola.says("today");
        assertThat(post(next, secret).statusCode()).isEqualTo(200);

        await().atMost(TelegramTestBot.PATIENCE).until(() -> telegram.api.sent().size() >= 2);
        assertThat(telegram.api.sent()).hasSize(2);
        assertThat(telegram.count("select count(*) from meeting")).isEqualTo(1);
    }

    private HttpResponse<String> post(ObjectNode update, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (secret != null) {
            request.header(WebhookEndpoint.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String part(LoggedRequest request, String name) {
        return new String(request.getPart(name).getBody().asBytes(), StandardCharsets.UTF_8);
    }
}
