package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * /slack/events under hostile bodies. Unsigned, forged or stale, a body that no parser could read still
 * gets 401 (the signature is checked on the raw bytes first). Signed but malformed — not JSON, not a form,
 * a payload of the wrong shape, binary noise — it gets an answer and reaches nothing, and a real message
 * after them still works. The bot token and the signing secret appear in no log line at any level.
 */
class HostileHttpTest {

    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;
    private SlackTestBot slack;

    @BeforeEach
    void startLoggingEverything() throws Exception {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logs.start();
        root.addAppender(logs);
        slack = SlackTestBot.http(SlackTestBot.thursdayEvening());
    }

    @AfterEach
    void stop() {
        slack.close();
        root.detachAppender(logs);
        root.setLevel(rootLevel);
    }

    @Test
    void unsignedForgedOrStaleBodiesThatCannotBeParsedAre401() {
        long now = SlackTestBot.SIGNATURE_NOW.getEpochSecond();
        for (String body : unparseable()) {
            assertThat(post("application/json", body, Map.of()).statusCode()).as("missing").isEqualTo(401);
            String forged = RequestSignature.sign("not-the-secret".getBytes(StandardCharsets.UTF_8), now,
                    body.getBytes(StandardCharsets.UTF_8));
            assertThat(post("application/x-www-form-urlencoded", body, Map.of(RequestSignature.TIMESTAMP_HEADER,
                    String.valueOf(now), RequestSignature.SIGNATURE_HEADER, forged)).statusCode()).as("forged").isEqualTo(401);
            assertThat(post("application/json", body, SlackTestBot.signedHeaders(body, now - 600, Map.of())).statusCode())
                    .as("stale").isEqualTo(401);
            assertThat(post("application/json", body, Map.of(RequestSignature.TIMESTAMP_HEADER, "soon",
                    RequestSignature.SIGNATURE_HEADER, "v0=zz")).statusCode()).as("malformed headers").isEqualTo(401);
        }
        assertThat(slack.count("select count(*) from inbound_event")).isZero();
        assertThat(slack.count("select count(*) from app_user")).isZero();
        assertThat(slack.api.sent()).isEmpty();
    }

    @Test
    void signedMalformedBodiesAreAnsweredAndReachNothing() {
        long now = SlackTestBot.SIGNATURE_NOW.getEpochSecond();
        int answered = 0;
        for (String body : unparseable()) {
            for (String type : List.of("application/json", "application/x-www-form-urlencoded")) {
                HttpResponse<String> response = post(type, body, SlackTestBot.signedHeaders(body, now, Map.of()));
                assertThat(response.statusCode()).as("%s %.40s", type, body).isBetween(200, 499);
                answered++;
            }
        }
        System.out.printf("HostileHttpTest: %d signed malformed requests answered%n", answered);
        assertThat(slack.count("select count(*) from inbound_message")).as("no text reached the core").isZero();
        assertThat(slack.count("select count(*) from contact")).isZero();

        slack.deliver(paola.says("met Anna Rossi from Acme at the expo"));
        assertThat(slack.awaitSent(1).sections()).contains("Anna Rossi");
        assertNoSecretLogged();
    }

    @Test
    void theTokenAndTheSigningSecretAreNeverLogged() {
        post("application/json", "{", Map.of());
        post("application/json", "{", SlackTestBot.signedHeaders("{", SlackTestBot.SIGNATURE_NOW.getEpochSecond(), Map.of()));
        slack.deliver(paola.says("met Anna Rossi from Acme at the expo"));
        slack.awaitSent(1);
        assertThat(logs.list).as("logging was captured at every level").isNotEmpty();
        assertNoSecretLogged();
    }

    private void assertNoSecretLogged() {
        for (ILoggingEvent event : List.copyOf(logs.list)) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : " " + event.getThrowableProxy().getMessage());
            assertThat(line).as("%s %s", event.getLevel(), event.getLoggerName())
                    .doesNotContain(FakeSlackApi.BOT_TOKEN, FakeSlackApi.SIGNING_SECRET, FakeSlackApi.APP_TOKEN);
        }
    }

    /** Bodies no parser reads as a Slack request (seeded noise included, so a failure replays). */
    private static List<String> unparseable() {
        List<String> bodies = new ArrayList<>(List.of("", "{", "[]", "null", "payload=", "payload=%zz", "payload=%7B",
                "payload={\"type\":\"block_actions\"}", "payload={\"type\":\"block_actions\",\"actions\":7}",
                "{\"type\":\"event_callback\"}", "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\"}}",
                "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"user\":\"U1\",\"text\":\"\\u0000'; drop table contact; --\"}}",
                "command=/followups", "command=&text=%00", "{\"type\":\"url_verification\"}", "a=b&a=c&" + "x=".repeat(2000)));
        Random random = new Random(20261202L);
        for (int i = 0; i < 60; i++) {
            byte[] noise = new byte[random.nextInt(2000)];
            random.nextBytes(noise);
            bodies.add(new String(noise, StandardCharsets.ISO_8859_1));
        }
        return bodies;
    }

    private HttpResponse<String> post(String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + slack.adapter.httpAddress().orElseThrow().getPort() + EventsEndpoint.PATH))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the endpoint dropped the connection instead of answering: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
