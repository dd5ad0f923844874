package com.followupbot.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What Slack posts to the adapter's /slack/events, signed as Slack signs it (v0, HMAC-SHA256 of
 * "v0:timestamp:body" with the signing secret): an event_callback for a DM message, a block_actions click,
 * a slash command. For InboundLatency's Slack mode; each request fails loudly unless acked with 200.
 */
final class SlackRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final String team;
    private final byte[] secret;

    SlackRequests(int port, String team, String signingSecret) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.team = team;
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code user} (U1) writes {@code text} in their DM with the bot (D1). */
    void message(String user, String text) throws IOException, InterruptedException {
        String ts = ts();
        ObjectNode callback = JSON.createObjectNode().put("token", "unused").put("team_id", team).put("api_app_id", "A0BURST")
                .put("type", "event_callback").put("event_id", "Ev" + SEQUENCE.incrementAndGet())
                .put("event_time", System.currentTimeMillis() / 1000);
        callback.putObject("event").put("type", "message").put("channel", dm(user)).put("channel_type", "im").put("user", user)
                .put("text", text).put("ts", ts).put("event_ts", ts).put("team", team);
        callback.putArray("authorizations").addObject().put("team_id", team).put("user_id", "U0BOT").put("is_bot", true);
        post("application/json", callback.toString());
    }

    /** {@code user} clicks the button {@code actionId} carrying {@code value} on the bot's message {@code messageTs}. */
    void click(String user, String messageTs, String actionId, String value) throws IOException, InterruptedException {
        ObjectNode click = JSON.createObjectNode().put("type", "block_actions").put("token", "unused").put("api_app_id", "A0BURST")
                .put("trigger_id", "trigger-" + SEQUENCE.incrementAndGet()).put("response_url", "https://hooks.slack.invalid/a");
        click.putObject("team").put("id", team).put("domain", "burst");
        click.putObject("user").put("id", user).put("name", "member").put("team_id", team);
        click.putObject("container").put("type", "message").put("message_ts", messageTs).put("channel_id", dm(user))
                .put("is_ephemeral", false);
        click.putObject("channel").put("id", dm(user)).put("name", "directmessage");
        click.putArray("actions").addObject().put("type", "button").put("block_id", "b1").put("action_id", actionId)
                .put("value", value).put("action_ts", ts());
        post("application/x-www-form-urlencoded", "payload=" + encode(click.toString()));
    }

    /** {@code user} types the slash command {@code command} in their DM with the bot. */
    void command(String user, String command) throws IOException, InterruptedException {
        String form = "token=unused&team_id=" + team + "&team_domain=burst&channel_id=" + dm(user) + "&channel_name=directmessage"
                + "&user_id=" + user + "&user_name=member&command=" + encode(command) + "&text=&api_app_id=A0BURST"
                + "&response_url=" + encode("https://hooks.slack.invalid/c") + "&trigger_id=trigger-" + SEQUENCE.incrementAndGet();
        post("application/x-www-form-urlencoded", form);
    }

    /** The DM of user U1 with the bot: D1 (the fake Web API's conversations.open says the same). */
    static String dm(String user) {
        return "D" + user.substring(1);
    }

    private void post(String contentType, String body) throws IOException, InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(now)).header("X-Slack-Signature", sign(now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> ack = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (ack.statusCode() != 200) {
            throw new IllegalStateException("the adapter answered HTTP " + ack.statusCode());
        }
    }

    private String sign(long seconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + seconds + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String ts() {
        return System.currentTimeMillis() / 1000 + "." + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
    }
}
