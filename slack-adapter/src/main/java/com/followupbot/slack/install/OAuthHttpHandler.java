package com.followupbot.slack.install;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves Bolt's install and OAuth redirect paths on a JDK HTTP server: the GET becomes a Bolt request
 * (SlackRequestParser picks the OAuth request by path), {@link App#run} answers it, and Bolt's response
 * (status, headers such as Location and Set-Cookie, page) goes back as it is. {@link InstallServer} mounts
 * it on a server of its own; an HTTP-mode server can mount it at both paths beside /slack/events.
 */
public final class OAuthHttpHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(OAuthHttpHandler.class);

    private final App app;
    private final SlackRequestParser parser;

    /** For an app set up by {@link SlackInstall#multiWorkspace}. */
    public OAuthHttpHandler(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean oauthPath = path.equals(app.config().getOauthInstallRequestURI())
                    || path.equals(app.config().getOauthRedirectUriRequestURI());
            if (!oauthPath) {
                reply(exchange, 404, "Not found");
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "GET");
                reply(exchange, 405, "Method not allowed");
            } else {
                answer(exchange, path);
            }
        }
    }

    private void answer(HttpExchange exchange, String path) throws IOException {
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(path)
                .queryString(query(exchange.getRequestURI().getRawQuery()))
                .requestBody("")
                .headers(new RequestHeaders(exchange.getRequestHeaders()))
                .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                .build());
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            log.error("The install server could not answer {}: {}", path, e.toString());
            reply(exchange, 500, "Something went wrong");
            return;
        }
        response.getHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        if (response.getContentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.getContentType());
        }
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A query string as Bolt wants it (a callback without one has an empty map, never null). */
    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
