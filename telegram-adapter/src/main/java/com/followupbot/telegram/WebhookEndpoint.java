package com.followupbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes Telegram's webhook POSTs. Anything without our secret in {@code X-Telegram-Bot-Api-Secret-Token}
 * is refused before its body is read: only Telegram knows the secret, because we gave it in setWebhook.
 * 200 once the update is handled; 500 if the database failed, so Telegram delivers it again.
 */
final class WebhookEndpoint implements HttpHandler {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);
    /** Updates are a few kilobytes; anything this big is not one. */
    private static final int MAX_BODY = 1 << 20;

    private final byte[] secret;
    private final String path;
    private final UpdateHandler handler;
    private final ObjectMapper json = new ObjectMapper();

    WebhookEndpoint(String secret, String path, UpdateHandler handler) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.path = path;
        this.handler = handler;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.sendResponseHeaders(status(exchange), -1);
        }
    }

    private int status(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(path)) {
            return 404;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            return 405;
        }
        if (!hasSecret(exchange.getRequestHeaders().getFirst(SECRET_HEADER))) {
            log.warn("refused a webhook call without the right secret from {}", exchange.getRemoteAddress().getAddress());
            return 401;
        }
        byte[] body = read(exchange.getRequestBody());
        if (body == null) {
            return 413;
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (JsonProcessingException e) {
            return 400;
        }
        if (update == null) {
            return 400; // the body "null": valid JSON, no update
        }
        try {
            handler.handle(update);
            return 200;
        } catch (RuntimeException e) {
            log.error("webhook update {} could not be handled; Telegram will deliver it again", update.getUpdateId(), e);
            return 500;
        }
    }

    /** Constant time, so the secret cannot be guessed a character at a time. */
    private boolean hasSecret(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret);
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }
}
