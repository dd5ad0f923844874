package com.followupbot.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * WireMock standing in for the Telegram Bot API: getMe, getUpdates from a queue, sendMessage with
 * message ids, and ok for the rest. Tests read what the bot called from WireMock's journal, and when
 * each request arrived on the bot's clock from {@link #stamped}.
 */
final class FakeBotApi implements AutoCloseable {

    static final String TOKEN = "123456:fake-token-for-tests";
    static final long BOT_ID = 123456;
    static final String BOT_USERNAME = "FollowUpTestBot";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpdateFeed updates = new UpdateFeed();
    private final SentMessages messageIds = new SentMessages();
    private final WireMockServer server;
    private final List<Stamp> stamps = new CopyOnWriteArrayList<>();
    private volatile Clock clock;

    /** A request and the instant on the bot's clock it arrived at (before it is answered). */
    record Stamp(String method, JsonNode body, Instant at) {
    }

    FakeBotApi() {
        server = new WireMockServer(options().dynamicPort().containerThreads(40).extensions(updates, messageIds));
        server.addMockServiceRequestListener((request, response) -> {
            Clock stampedOn = clock;
            if (stampedOn != null) {
                String url = request.getUrl().toLowerCase(Locale.ROOT);
                String body = request.getBodyAsString();
                boolean isJson = body.startsWith("{"); // an upload is multipart: its stamp has no body
                stamps.add(new Stamp(url.substring(url.lastIndexOf('/') + 1), isJson ? json(body) : null, stampedOn.instant()));
            }
        });
        server.start();
        ObjectNode me = JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Follow-Up")
                .put("username", BOT_USERNAME);
        server.stubFor(post(method("getme")).willReturn(okJson(ok(me))));
        for (String method : List.of("deletewebhook", "setwebhook", "setmycommands", "answercallbackquery", "editmessagetext")) {
            server.stubFor(post(method(method)).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        }
        server.stubFor(post(method("sendmessage")).willReturn(aResponse().withTransformers(SentMessages.NAME)));
        server.stubFor(post(method("getupdates")).willReturn(aResponse().withTransformers(UpdateFeed.NAME)));
    }

    /** Bot API paths are lower case in telegrambots 10 but setMyCommands and deleteWebhook: match either. */
    static UrlPattern method(String name) {
        return urlMatching("(?i)/bot[^/]+/" + name);
    }

    URI url() {
        return URI.create(server.baseUrl());
    }

    WireMockServer server() {
        return server;
    }

    void deliver(ObjectNode update) {
        updates.add(update);
    }

    void redeliver(ObjectNode update) {
        updates.redeliver(update);
    }

    /**
     * Every sendMessage that succeeded, oldest first, read from WireMock's journal (as the timings are,
     * so a message seen here is also among {@link #calls}).
     */
    List<TelegramMessage> sent() {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().toLowerCase(java.util.Locale.ROOT).endsWith("/sendmessage"))
                .filter(FakeBotApi::delivered)
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(FakeBotApi::message)
                .toList();
    }

    /** Answered with a Message: not a refusal, not a dropped connection. */
    private static boolean delivered(ServeEvent event) {
        return event.getResponse() != null && event.getResponse().getStatus() == 200
                && event.getResponse().getBodyAsString().contains("\"message_id\"");
    }

    private static TelegramMessage message(ServeEvent event) {
        JsonNode request = json(event.getRequest().getBodyAsString());
        JsonNode response = json(event.getResponse().getBodyAsString());
        return new TelegramMessage(request.get("chat_id").asLong(), response.get("result").get("message_id").asInt(),
                request.get("text").asText(), request.path("reply_markup").path("inline_keyboard"));
    }

    /** The requests for a Bot API method, in the order WireMock received them. */
    List<LoggedRequest> calls(String method) {
        return server.findAll(postRequestedFor(method(method))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    /** From now on, stamps every request with the time on {@code clock}. */
    void stampWith(Clock clock) {
        this.clock = clock;
    }

    /** The requests for a method (lower case), each with when it arrived on the bot's clock, in arrival order. */
    List<Stamp> stamped(String method) {
        return stamps.stream().filter(stamp -> stamp.method().equals(method)).toList();
    }

    /** The JSON bodies of a method's requests, oldest first. */
    List<JsonNode> bodies(String method) {
        return calls(method).stream().map(request -> json(request.getBodyAsString())).toList();
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ok(JsonNode result) {
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", result);
        return body.toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
