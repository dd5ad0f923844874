package com.followupbot.slack.install;

import com.slack.api.methods.MethodsClient;
import java.util.Map;

/**
 * What a multi-workspace (OAuth) Slack app needs, from the environment. The secrets stay out of
 * {@link #toString()}.
 *
 * @param clientId      SLACK_CLIENT_ID (required)
 * @param clientSecret  SLACK_CLIENT_SECRET (required)
 * @param signingSecret SLACK_SIGNING_SECRET: verifies requests in HTTP mode; null under Socket Mode,
 *                      where Slack's requests come over the app's own connection
 * @param redirectUri   SLACK_REDIRECT_URI: null to use the one set in the app's configuration at Slack
 * @param scopes        SLACK_SCOPES, comma-separated bot scopes; the manifest's by default
 * @param apiUrl        SLACK_API_URL, Slack's Web API (oauth.v2.access included), ending in '/'
 * @param port          PORT of the install server, 3000 by default
 */
public record SlackInstallSettings(String clientId, String clientSecret, String signingSecret, String redirectUri,
        String scopes, String apiUrl, int port) {

    /** The bot scopes of the app manifest. */
    public static final String DEFAULT_SCOPES =
            "chat:write,im:write,im:history,im:read,commands,app_mentions:read,users:read,files:write,files:read";
    public static final int DEFAULT_PORT = 3000;

    public static SlackInstallSettings fromEnvironment(Map<String, String> env) {
        String apiUrl = env.getOrDefault("SLACK_API_URL", MethodsClient.ENDPOINT_URL_PREFIX);
        return new SlackInstallSettings(required(env, "SLACK_CLIENT_ID"), required(env, "SLACK_CLIENT_SECRET"),
                optional(env, "SLACK_SIGNING_SECRET"), optional(env, "SLACK_REDIRECT_URI"),
                env.getOrDefault("SLACK_SCOPES", DEFAULT_SCOPES), apiUrl.endsWith("/") ? apiUrl : apiUrl + "/",
                port(env.get("PORT")));
    }

    private static String required(Map<String, String> env, String name) {
        String value = optional(env, name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is not set: installing in many workspaces needs it");
        }
        return value;
    }

    private static String optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT is not a number: " + value, e);
        }
    }

    @Override
    public String toString() {
        return "SlackInstallSettings[clientId=" + clientId + ", redirectUri=" + redirectUri + ", scopes=" + scopes
                + ", apiUrl=" + apiUrl + ", port=" + port + "]";
    }
}
