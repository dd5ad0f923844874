package com.followupbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: everything Slack sends in HTTP mode (events, url_verification, slash commands,
 * interactivity, shortcuts). The signature is checked on the raw body before anything is parsed; a request
 * without a valid one gets 401 and reaches neither Bolt nor the core. Bolt then routes it and its listener's
 * ack is the answer.
 */
final class EventsEndpoint implements HttpHandler {

    static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(EventsEndpoint.class);
    /** Slack's payloads are a few kilobytes; anything this big is not one. */
    private static final int MAX_BODY = 1 << 20;

    private final App app;
    private final RequestSignature signature;
    private final SlackRequestParser parser;

    EventsEndpoint(App app, RequestSignature signature) {
        this.app = app;
        this.signature = signature;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response = respond(exchange);
            byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
            if (response.getContentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.getContentType());
            }
            exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private Response respond(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(PATH)) {
            return Response.error(404);
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            return Response.error(405);
        }
        byte[] body = read(exchange.getRequestBody());
        if (body == null) {
            return Response.error(413);
        }
        var headers = exchange.getRequestHeaders();
        if (!signature.valid(headers.getFirst(RequestSignature.TIMESTAMP_HEADER), body,
                headers.getFirst(RequestSignature.SIGNATURE_HEADER))) {
            log.warn("refused a request without a valid Slack signature from {}", exchange.getRemoteAddress().getAddress());
            return Response.error(401);
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(PATH)
                    .queryString(query(exchange.getRequestURI().getRawQuery()))
                    .requestBody(new String(body, StandardCharsets.UTF_8)).headers(new RequestHeaders(headers))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress()).build());
        } catch (RuntimeException malformed) {
            // signed, so from Slack, yet not a request Bolt can read: refused, the body kept out of the log
            log.warn("refused a signed Slack request that could not be parsed: {}", malformed.getClass().getSimpleName());
            return Response.error(400);
        }
        if (request == null) {
            return Response.error(400);
        }
        try {
            return app.run(request);
        } catch (Exception e) {
            log.error("a Slack request could not be handled", e);
            return Response.error(500);
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }
}
