package com.followupbot.app;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.Storage;
import com.followupbot.slack.SlackConfig;
import com.followupbot.slack.install.SlackInstall;
import com.followupbot.slack.install.SlackInstallSettings;
import com.followupbot.testing.TestDatabase;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher's Slack frontend as the run command builds it, in HTTP mode for many workspaces: the token
 * checked at connect, the installation store attached once the database is up, the install pages on the
 * same server as the events, and a DM answered through the real bot (WireMock standing in for slack.com).
 */
class SlackFrontendTest {

    private static final String BOT_TOKEN = "xoxb-1111111111-2222222222-fakebottokenfortests";
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String SCOPES = "app_mentions:read,chat:write,commands,files:write,im:history,im:read,im:write,users:read";

    private final WireMockServer slack = new WireMockServer(options().dynamicPort());
    private SlackFrontend frontend;
    private Thread running;

    @AfterEach
    void stop() throws InterruptedException {
        if (frontend != null) {
            frontend.close();
        }
        if (running != null) {
            running.join(10_000);
        }
        slack.stop();
    }

    @Test
    void servesTheInstallPagesAndAnswersADmOnOneHttpServer() throws Exception {
        slack.start();
        stub("auth.test", "{\"ok\":true,\"team_id\":\"T0FOLLOW\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\",\"team\":\"Follow\"}");
        stub("bots.info", "{\"ok\":true,\"bot\":{\"id\":\"B0BOT\",\"app_id\":\"A0FOLLOW\",\"user_id\":\"U0BOT\"}}");
        stub("users.info", "{\"ok\":true,\"user\":{\"id\":\"U1\",\"real_name\":\"Paola Verdi\",\"tz\":\"Europe/Rome\","
                + "\"locale\":\"en-GB\",\"profile\":{\"real_name\":\"Paola Verdi\"}}}");
        stub("conversations.open", "{\"ok\":true,\"channel\":{\"id\":\"D1\"}}");
        stub("chat.postMessage", "{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1700000000.000100\"}");
        stub("views.publish", "{\"ok\":true}");
        String api = slack.baseUrl() + "/api/";
        frontend = SlackFrontend.connect(SlackConfig.http(BOT_TOKEN, SECRET, api, 0), Optional.of(
                new SlackInstallSettings("111.222", "client-secret-for-tests", SECRET, null, SCOPES, api, 0)));
        Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
        frontend.useDatabase(jdbi);
        FollowUpBot bot = FollowUpBot.create(jdbi, Clock.systemUTC(), frontend.chatPorts(),
                BotSettings.defaults(ZoneId.of("Europe/Rome"), "slack-test"));
        running = new Thread(() -> {
            try {
                frontend.run(bot);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "slack-frontend");
        running.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> frontend.httpAddress().isPresent());
        int port = frontend.httpAddress().orElseThrow().getPort();
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> install = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + SlackInstall.INSTALL_PATH)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(install.statusCode()).isEqualTo(302);
        assertThat(install.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("oauth/v2/authorize", "client_id=111.222", "state="));

        String event = "{\"type\":\"event_callback\",\"team_id\":\"T0FOLLOW\",\"api_app_id\":\"A0FOLLOW\",\"event_id\":\"Ev1\","
                + "\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D1\","
                + "\"user\":\"U1\",\"text\":\"met Anna Rossi from Acme at the expo\",\"ts\":\"1700000000.000001\"}}";
        HttpResponse<String> delivered = http.send(signed(port, event), HttpResponse.BodyHandlers.ofString());
        assertThat(delivered.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> slack.verify(
                postRequestedFor(urlPathEqualTo("/api/chat.postMessage")).withRequestBody(containing("Got%20it%3A%20Anna%20Rossi"))));
    }

    private void stub(String method, String json) {
        var response = okJson(json);
        if (method.equals("auth.test")) {
            response = response.withHeader("x-oauth-scopes", SCOPES);
        }
        slack.stubFor(post(urlPathEqualTo("/api/" + method)).willReturn(response));
    }

    private static HttpRequest signed(int port, String body) throws Exception {
        String timestamp = Long.toString(Clock.systemUTC().instant().getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(
                mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", "application/json").header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
