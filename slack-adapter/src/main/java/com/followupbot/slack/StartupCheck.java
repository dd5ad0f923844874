package com.followupbot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.bots.BotsInfoResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the tokens before anything starts, like Telegram's getMe: auth.test must accept
 * {@code SLACK_BOT_TOKEN} and its granted scopes (Slack lists them in {@code x-oauth-scopes}) must cover
 * {@link BotScopes#REQUIRED}; in Socket Mode apps.connections.open must accept {@code SLACK_APP_TOKEN}.
 * Each failure is one line naming the variable to fix.
 */
final class StartupCheck {

    private static final Logger log = LoggerFactory.getLogger(StartupCheck.class);
    private static final String SCOPES_HEADER = "x-oauth-scopes";

    private StartupCheck() {
    }

    static SlackIdentity identify(Slack slack, SlackConfig config) throws SlackStartException {
        AuthTestResponse auth;
        try {
            auth = slack.methods(config.botToken()).authTest(r -> r);
        } catch (IOException | SlackApiException e) {
            throw unreachable(config, "auth.test", e);
        }
        if (!auth.isOk()) {
            throw new SlackStartException("Slack refused " + SlackConfig.BOT_TOKEN + " (" + auth.getError() + "): copy the Bot"
                    + " User OAuth Token (xoxb-…) again from your app's OAuth & Permissions page.", null);
        }
        List<String> missing = missingScopes(auth.getHttpResponseHeaders());
        if (!missing.isEmpty()) {
            throw new SlackStartException(SlackConfig.BOT_TOKEN + " lacks the scope" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + ": add them under OAuth & Permissions → Bot Token Scopes (or paste"
                    + " slack-adapter/manifest.yml again), then reinstall the app to the workspace.", null);
        }
        return new SlackIdentity(auth.getTeamId(), auth.getUserId(), auth.getBotId(), appId(slack, config, auth.getBotId()));
    }

    /** Socket Mode needs an app-level token with connections:write. */
    static void checkAppToken(Slack slack, SlackConfig config) throws SlackStartException {
        AppsConnectionsOpenResponse open;
        try {
            open = slack.methods(config.appToken()).appsConnectionsOpen(r -> r);
        } catch (IOException | SlackApiException e) {
            throw unreachable(config, "apps.connections.open", e);
        }
        if (!open.isOk()) {
            throw new SlackStartException("Slack refused " + SlackConfig.APP_TOKEN + " (" + open.getError() + "): create an"
                    + " app-level token with the connections:write scope under Basic Information → App-Level Tokens,"
                    + " and turn Socket Mode on.", null);
        }
    }

    private static List<String> missingScopes(Map<String, List<String>> headers) {
        String granted = header(headers, SCOPES_HEADER);
        if (granted == null) {
            log.warn("Slack did not list the token's scopes ({}); not checking them", SCOPES_HEADER);
            return List.of();
        }
        Set<String> have = Arrays.stream(granted.split(",")).map(String::strip).collect(Collectors.toSet());
        List<String> optional = BotScopes.OPTIONAL.stream().filter(scope -> !have.contains(scope)).toList();
        if (!optional.isEmpty()) {
            log.warn("{} lacks the scope(s) {}: charts and files cannot be sent until the app is reinstalled with them",
                    SlackConfig.BOT_TOKEN, String.join(", ", optional));
        }
        return BotScopes.REQUIRED.stream().filter(scope -> !have.contains(scope)).toList();
    }

    /** The app id links buttons to the bot's Messages tab; without it they only lack the link. */
    private static String appId(Slack slack, SlackConfig config, String botId) {
        try {
            BotsInfoResponse info = slack.methods(config.botToken()).botsInfo(r -> r.bot(botId));
            if (info.isOk() && info.getBot() != null) {
                return info.getBot().getAppId();
            }
            log.warn("bots.info failed ({}): buttons will not link to the bot's Messages tab", info.getError());
        } catch (IOException | SlackApiException e) {
            log.warn("bots.info failed ({}): buttons will not link to the bot's Messages tab", e.toString());
        }
        return null;
    }

    private static SlackStartException unreachable(SlackConfig config, String method, Exception e) {
        String why = e instanceof SlackApiException api && api.getResponse() != null ? "HTTP " + api.getResponse().code()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
        return new SlackStartException("Cannot reach the Slack Web API at " + config.apiUrl() + " (check the network, or "
                + SlackConfig.API_URL + "): " + method + " failed with " + why, e);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().toLowerCase(Locale.ROOT).equals(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }
}
