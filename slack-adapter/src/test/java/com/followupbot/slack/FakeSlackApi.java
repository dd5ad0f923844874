package com.followupbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WireMock standing in for Slack's Web API at SLACK_API_URL: auth.test (with the granted scopes in
 * x-oauth-scopes), bots.info, apps.connections.open (pointing at a {@link FakeSocketMode}), and the methods
 * the port calls. Tests read what the bot called from WireMock's journal, with the time each request arrived.
 */
final class FakeSlackApi implements AutoCloseable {

    static final String TEAM = "T0FOLLOW";
    static final String BOT_USER = "U0BOT";
    static final String BOT_ID = "B0BOT";
    static final String APP_ID = "A0FOLLOW";
    /** Realistic lengths: the SDK logs token prefixes and trips on short ones. */
    static final String BOT_TOKEN = "xoxb-1111111111-2222222222-fakebottokenfortests";
    static final String APP_TOKEN = "xapp-1-A0FOLLOW-3333333333-fakeapptokenfortests0000";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private final Map<String, ObjectNode> people = new ConcurrentHashMap<>();
    private final WireMockServer server;
    private final HeldAnswers held = new HeldAnswers();
    private final List<Stamp> stamps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile java.time.Clock clock;

    /** A Web API call, its form, and the instant on the bot's clock it arrived at (before it is answered). */
    record Stamp(String method, Map<String, String> form, java.time.Instant at) {
    }

    FakeSlackApi() {
        server = new WireMockServer(options().dynamicPort().containerThreads(40).extensions(new FakeResponses(people), held));
        server.addMockServiceRequestListener((request, response) -> {
            java.time.Clock stampedOn = clock;
            String url = request.getUrl();
            if (stampedOn != null && url.startsWith("/api/")) {
                stamps.add(new Stamp(url.substring("/api/".length()), form(request.getBodyAsString()), stampedOn.instant()));
            }
        });
        server.start();
        grantScopes(String.join(",", BotScopes.REQUIRED));
        server.stubFor(post(method("bots.info")).willReturn(okJson("{\"ok\":true,\"bot\":{\"id\":\"" + BOT_ID + "\",\"app_id\":\""
                + APP_ID + "\",\"user_id\":\"" + BOT_USER + "\",\"name\":\"followup\"}}")));
        for (String answered : List.of("chat.postMessage", "chat.postEphemeral", "conversations.open", "conversations.info",
                "users.info")) {
            server.stubFor(post(method(answered)).willReturn(aResponse().withTransformers(FakeResponses.NAME)));
        }
        for (String ok : List.of("chat.update", "views.publish")) {
            server.stubFor(post(method(ok)).willReturn(okJson("{\"ok\":true}")));
        }
    }

    static UrlPathPattern method(String name) {
        return urlPathEqualTo("/api/" + name);
    }

    /** auth.test accepts the token and reports these scopes as granted. */
    void grantScopes(String scopes) {
        server.stubFor(post(method("auth.test")).willReturn(okJson("{\"ok\":true,\"url\":\"https://followup.slack.com/\","
                + "\"team\":\"Follow\",\"user\":\"followup\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER
                + "\",\"bot_id\":\"" + BOT_ID + "\"}").withHeader("x-oauth-scopes", scopes)));
    }

    /** apps.connections.open hands out {@code socket}'s URL, as Slack hands out its WebSocket URLs. */
    void socketModeAt(URI socket) {
        server.stubFor(post(method("apps.connections.open")).willReturn(okJson("{\"ok\":true,\"url\":\"" + socket + "\"}")));
    }

    /** users.info describes {@code userId} so. */
    void person(String userId, String realName, String tz, String locale) {
        ObjectNode person = FakeResponses.JSON.createObjectNode().put("id", userId).put("name", realName.toLowerCase())
                .put("real_name", realName).put("tz", tz).put("locale", locale);
        person.putObject("profile").put("real_name", realName);
        people.put(userId, person);
    }

    String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    WireMockServer server() {
        return server;
    }

    /** Every chat.postMessage Slack accepted, oldest first. */
    List<SlackMessage> sent() {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().endsWith("/chat.postMessage"))
                .filter(FakeSlackApi::accepted)
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(FakeSlackApi::message)
                .toList();
    }

    private static boolean accepted(ServeEvent event) {
        return event.getResponse() != null && event.getResponse().getStatus() == 200
                && event.getResponse().getBodyAsString().contains("\"ok\":true");
    }

    private static SlackMessage message(ServeEvent event) {
        Map<String, String> form = Form.parse(event.getRequest().getBodyAsString());
        JsonNode response = json(event.getResponse().getBodyAsString());
        return new SlackMessage(response.get("channel").asText(), response.get("ts").asText(), form.get("text"),
                json(form.getOrDefault("blocks", "[]")));
    }

    /** The requests for a Web API method, in the order WireMock received them. */
    /** A call's form; none for an upload (multipart). */
    private static Map<String, String> form(String body) {
        try {
            return body.startsWith("--") ? Map.of() : Form.parse(body);
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    /** From now on, stamps every Web API call with the time on {@code clock}. */
    void stampWith(java.time.Clock clock) {
        this.clock = clock;
    }

    /** The calls of a method, each with when it arrived on the bot's clock, in arrival order. */
    List<Stamp> stamped(String method) {
        return stamps.stream().filter(stamp -> stamp.method().equals(method)).toList();
    }

    List<LoggedRequest> calls(String method) {
        return server.findAll(postRequestedFor(method(method))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    /** The form fields of a method's requests, oldest first. */
    List<Map<String, String>> forms(String method) {
        return calls(method).stream().map(request -> Form.parse(request.getBodyAsString())).toList();
    }

    static JsonNode json(String body) {
        try {
            return FakeResponses.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answers of stubs built {@code .withTransformers(HeldAnswers.NAME)}, held until released. */
    HeldAnswers held() {
        return held;
    }

    @Override
    public void close() {
        held.release();
        server.stop();
    }
}
