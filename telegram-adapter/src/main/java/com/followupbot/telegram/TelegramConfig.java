package com.followupbot.telegram;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How to reach Telegram, from the environment. Long polling unless {@code webhookUrl} is set; then the
 * bot listens on {@code webhookListen} and registers {@code webhookUrl} (the public HTTPS address a
 * reverse proxy forwards to it) with a secret Telegram sends back in a header. {@code webhookSecret}
 * null means a random one at each start; several instances behind one URL must share one.
 */
public record TelegramConfig(String token, URI apiUrl, URI webhookUrl, InetSocketAddress webhookListen,
                             String webhookSecret) {

    public static final String TOKEN = "TELEGRAM_BOT_TOKEN";
    public static final String API_URL = "TELEGRAM_API_URL";
    public static final String WEBHOOK_URL = "TELEGRAM_WEBHOOK_URL";
    public static final String WEBHOOK_PORT = "TELEGRAM_WEBHOOK_PORT";
    public static final String WEBHOOK_SECRET = "TELEGRAM_WEBHOOK_SECRET";
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");
    public static final int DEFAULT_WEBHOOK_PORT = 8080;

    public TelegramConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        if (token.isBlank()) {
            throw new IllegalArgumentException(TOKEN + " is empty");
        }
        httpUrl(API_URL, apiUrl);
        if (!apiUrl.getRawPath().isEmpty() && !apiUrl.getRawPath().equals("/")) {
            throw new IllegalArgumentException(API_URL + " must be a server address without a path, like http://localhost:8081");
        }
        if (webhookUrl != null) {
            httpUrl(WEBHOOK_URL, webhookUrl);
            Objects.requireNonNull(webhookListen, "webhookListen");
        }
        if (webhookSecret != null && !webhookSecret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new IllegalArgumentException(WEBHOOK_SECRET + " may only hold A-Z, a-z, 0-9, _ and - (1 to 256 of them)");
        }
    }

    /** Long polling against {@code apiUrl}. */
    public static TelegramConfig longPolling(String token, URI apiUrl) {
        return new TelegramConfig(token, apiUrl, null, null, null);
    }

    /** The configuration the environment asks for; empty when {@value #TOKEN} is not set. */
    public static Optional<TelegramConfig> fromEnvironment(Function<String, String> env) {
        String token = env.apply(TOKEN);
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        URI api = uri(API_URL, env.apply(API_URL), DEFAULT_API_URL);
        URI webhook = uri(WEBHOOK_URL, env.apply(WEBHOOK_URL), null);
        InetSocketAddress listen = webhook == null ? null : new InetSocketAddress(port(env.apply(WEBHOOK_PORT)));
        String secret = blankToNull(env.apply(WEBHOOK_SECRET));
        return Optional.of(new TelegramConfig(token.strip(), api, webhook, listen, secret));
    }

    public boolean webhook() {
        return webhookUrl != null;
    }

    /** Where the library sends Bot API calls: scheme, host and port of {@code apiUrl}. */
    public TelegramUrl telegramUrl() {
        boolean https = apiUrl.getScheme().equalsIgnoreCase("https");
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : https ? 443 : 80;
        return new TelegramUrl(apiUrl.getScheme().toLowerCase(java.util.Locale.ROOT), apiUrl.getHost(), port, false);
    }

    /** The path Telegram posts updates to: the webhook URL's path. */
    public String webhookPath() {
        String path = webhookUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "TelegramConfig[api=" + apiUrl + (webhook() ? ", webhook=" + webhookUrl + " on " + webhookListen : ", long polling")
                + "]";
    }

    private static URI uri(String name, String value, URI fallback) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        try {
            return URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + text, e);
        }
    }

    private static void httpUrl(String name, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an http:// or https:// URL with a host, not " + uri);
        }
    }

    private static int port(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return DEFAULT_WEBHOOK_PORT;
        }
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(WEBHOOK_PORT + " must be a port number, not " + text, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
