package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HTTP mode: Slack's requests arrive at /slack/events, each signed with the app's signing secret. A request
 * whose v0 signature is forged, missing, or more than five minutes old (by a clock the test fixes) gets 401
 * before Bolt or the core see it; a signed one reaches the same core path as over Socket Mode.
 */
class HttpModeTest {

    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");

    @Test
    void urlVerificationIsAnsweredWithTheChallenge() throws Exception {
        try (SlackTestBot slack = SlackTestBot.http(SlackTestBot.thursdayEvening())) {
            var challenge = new SlackPayload(SlackPayload.EVENT, FakeResponses.JSON.createObjectNode().put("token", "unused")
                    .put("challenge", "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P").put("type", "url_verification"));
            HttpResponse<String> response = slack.post(challenge, signedNow(challenge));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        }
    }

    @Test
    void signedRequestsReachTheBotAndAClickIsAnsweredByEditingThePrompt() throws Exception {
        try (SlackTestBot slack = SlackTestBot.http(SlackTestBot.thursdayEvening())) {
            slack.deliver(paola.says("met Anna Rossi from Acme at the expo"));
            SlackMessage confirmation = slack.awaitSent(1);
            assertThat(confirmation.channel()).isEqualTo(paola.dm());
            assertThat(confirmation.sections()).contains("Anna Rossi", "Acme");

            SlackPayload click = paola.clicks(confirmation, "Looks right");
            HttpResponse<String> ack = slack.post(click, signedNow(click));
            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(ack.body()).as("an empty ack").isEmpty();
            Map<String, String> reviewed = slack.awaitCall("chat.update", 1);
            assertThat(reviewed).containsEntry("ts", confirmation.ts());
            assertThat(SlackFollowUpCycleTest.sections(reviewed)).startsWith("Saved ✔ Anna Rossi");

            SlackPayload command = paola.command("/followups", "", paola.dm());
            HttpResponse<String> commandAck = slack.post(command, signedNow(command));
            assertThat(commandAck.statusCode()).isEqualTo(200);
            assertThat(commandAck.body()).isEmpty();
            assertThat(slack.awaitSent(2).sections()).startsWith("Nothing due today");
        }
    }

    @Test
    void forgedMissingAndStaleSignaturesAre401AndReachNothing() throws Exception {
        try (SlackTestBot slack = SlackTestBot.http(SlackTestBot.thursdayEvening())) {
            long now = SlackTestBot.SIGNATURE_NOW.getEpochSecond();
            SlackPayload forged = paola.says("met Anna Rossi at the expo");
            String wrongSecret = RequestSignature.sign("not-the-signing-secret".getBytes(StandardCharsets.UTF_8), now,
                    forged.httpBody().getBytes(StandardCharsets.UTF_8));
            assertThat(slack.post(forged, Map.of(RequestSignature.TIMESTAMP_HEADER, String.valueOf(now),
                    RequestSignature.SIGNATURE_HEADER, wrongSecret)).statusCode()).as("forged").isEqualTo(401);

            SlackPayload tampered = paola.says("met Anna Rossi at the expo");
            Map<String, String> signedForOtherBody = SlackTestBot.signedHeaders(paola.says("hi").httpBody(), now, Map.of());
            assertThat(slack.post(tampered, signedForOtherBody).statusCode()).as("signed for another body").isEqualTo(401);

            SlackPayload unsigned = paola.says("met Anna Rossi at the expo");
            assertThat(slack.post(unsigned, Map.of()).statusCode()).as("missing").isEqualTo(401);
            assertThat(slack.post(unsigned, Map.of(RequestSignature.TIMESTAMP_HEADER, String.valueOf(now))).statusCode())
                    .as("timestamp without signature").isEqualTo(401);

            SlackPayload stale = paola.says("met Anna Rossi at the expo");
            long sixMinutesAgo = now - Duration.ofMinutes(6).toSeconds();
            assertThat(slack.post(stale, SlackTestBot.signedHeaders(stale.httpBody(), sixMinutesAgo, Map.of())).statusCode())
                    .as("signed six minutes ago: a replay").isEqualTo(401);
            long sixMinutesAhead = now + Duration.ofMinutes(6).toSeconds();
            assertThat(slack.post(stale, SlackTestBot.signedHeaders(stale.httpBody(), sixMinutesAhead, Map.of())).statusCode())
                    .as("signed six minutes ahead").isEqualTo(401);

            var challenge = new SlackPayload(SlackPayload.EVENT, FakeResponses.JSON.createObjectNode().put("challenge", "c")
                    .put("type", "url_verification"));
            assertThat(slack.post(challenge, Map.of()).statusCode()).as("url_verification is signed too").isEqualTo(401);

            assertThat(slack.count("select count(*) from inbound_event")).as("no event reached the core").isZero();
            assertThat(slack.count("select count(*) from app_user")).isZero();

            SlackPayload late = paola.says("met Luca Neri at the expo");
            long almostFiveMinutesAgo = now - Duration.ofMinutes(5).toSeconds() + 1;
            assertThat(slack.post(late, SlackTestBot.signedHeaders(late.httpBody(), almostFiveMinutesAgo, Map.of())).statusCode())
                    .as("within the five minutes").isEqualTo(200);
            SlackMessage confirmation = slack.awaitSent(1);
            assertThat(confirmation.sections()).contains("Luca Neri");
            assertThat(slack.api.sent()).hasSize(1);
            assertThat(slack.count("select count(*) from contact")).as("only the signed meeting").isEqualTo(1);
        }
    }

    @Test
    void onlyPostsToSlackEventsAreTaken() throws Exception {
        try (SlackTestBot slack = SlackTestBot.http(SlackTestBot.thursdayEvening())) {
            int port = slack.adapter.httpAddress().orElseThrow().getPort();
            var client = java.net.http.HttpClient.newHttpClient();
            var get = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + EventsEndpoint.PATH)).GET().build();
            assertThat(client.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
            var elsewhere = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/slack/events/x"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
            assertThat(client.send(elsewhere, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
    }

    private static Map<String, String> signedNow(SlackPayload payload) {
        return SlackTestBot.signedHeaders(payload.httpBody(), SlackTestBot.SIGNATURE_NOW.getEpochSecond(), Map.of());
    }
}
