package com.followupbot.slack;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to reach Slack, from the environment. With an app-level token the bot uses Socket Mode (an
 * outgoing WebSocket: no public URL needed); with a signing secret and no app token it listens for
 * Slack's HTTP requests on {@code port} instead. {@code apiUrl} is where Web API calls go (a fake in
 * tests). Secrets never appear in {@link #toString()}.
 */
public record SlackConfig(String botToken, String appToken, String signingSecret, String apiUrl, int port) {

    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String API_URL = "SLACK_API_URL";
    public static final String PORT = "PORT";
    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    public static final int DEFAULT_PORT = 3000;

    public SlackConfig {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(apiUrl, "apiUrl");
        requirePrefix(BOT_TOKEN, botToken, "xoxb-", "the Bot User OAuth Token");
        if (appToken != null) {
            requirePrefix(APP_TOKEN, appToken, "xapp-", "an app-level token");
        } else if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException(BOT_TOKEN + " is set but neither " + APP_TOKEN + " (Socket Mode) nor "
                    + SIGNING_SECRET + " (HTTP mode) is: set one of them (see slack-adapter/README.md).");
        }
        apiUrl = withTrailingSlash(httpUrl(apiUrl));
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(PORT + " must be a port number, not " + port);
        }
    }

    /** Socket Mode against {@code apiUrl}. */
    public static SlackConfig socketMode(String botToken, String appToken, String apiUrl) {
        return new SlackConfig(botToken, appToken, null, apiUrl, DEFAULT_PORT);
    }

    /** HTTP mode: Slack's requests arrive on {@code port} (0: any free one), signed with {@code signingSecret}. */
    public static SlackConfig http(String botToken, String signingSecret, String apiUrl, int port) {
        return new SlackConfig(botToken, null, signingSecret, apiUrl, port);
    }

    /** The configuration the environment asks for; empty when {@value #BOT_TOKEN} is not set. */
    public static Optional<SlackConfig> fromEnvironment(Function<String, String> env) {
        String botToken = blankToNull(env.apply(BOT_TOKEN));
        if (botToken == null) {
            return Optional.empty();
        }
        String appToken = blankToNull(env.apply(APP_TOKEN));
        String secret = blankToNull(env.apply(SIGNING_SECRET));
        String api = blankToNull(env.apply(API_URL));
        return Optional.of(new SlackConfig(botToken.strip(), appToken == null ? null : appToken.strip(),
                secret == null ? null : secret.strip(), api == null ? DEFAULT_API_URL : api.strip(), port(env.apply(PORT))));
    }

    /** Socket Mode when there is an app-level token: it wins over a signing secret also set. */
    public boolean socketMode() {
        return appToken != null;
    }

    @Override
    public String toString() {
        return "SlackConfig[api=" + apiUrl + ", " + (socketMode() ? "Socket Mode" : "HTTP on port " + port) + "]";
    }

    private static void requirePrefix(String name, String value, String prefix, String what) {
        if (!value.startsWith(prefix)) {
            throw new IllegalArgumentException(name + " must be " + what + ", starting with " + prefix
                    + " (see slack-adapter/README.md)");
        }
    }

    private static String httpUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(API_URL + " is not a URL: " + value, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(API_URL + " must be an http:// or https:// URL with a host, not " + value);
        }
        return value;
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static int port(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a port number, not " + text, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
