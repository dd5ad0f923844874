package com.followupbot.slack;

import com.followupbot.chat.DeliveryException.Reason;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Web API as the adapter calls it: the client pointed at {@code SLACK_API_URL}, each call made
 * with the token of the workspace it concerns, and any refusal turned into a {@link SlackDeliveryException}.
 * A workspace that revoked the token is reported to {@link Workspaces} and not called with it again.
 */
final class WebApi {

    private static final Logger log = LoggerFactory.getLogger(WebApi.class);

    /** One Web API method, called with a client that carries the workspace's token. */
    interface Call<T> {
        T on(MethodsClient client) throws IOException, SlackApiException;
    }

    private final Slack slack;
    private final BotTokens tokens;

    WebApi(Slack slack, BotTokens tokens) {
        this.slack = slack;
        this.tokens = tokens;
    }

    /** The SDK's client for {@code apiUrl}. */
    static Slack client(String apiUrl) {
        com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        // The SDK's metrics resolve every token's team with extra auth.test calls; pacing is the core's anyway.
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    Slack slack() {
        return slack;
    }

    /** The token {@code team} is called with, where one is known and not revoked. */
    Optional<String> token(String team) {
        return tokens.of(team);
    }

    /** Calls {@code method} in workspace {@code team}; returns the answer only when Slack said ok. */
    <T extends SlackApiTextResponse> T call(String team, String method, Call<T> call) {
        String token = tokens.of(team).orElseThrow(() -> new SlackDeliveryException(Reason.UNREACHABLE, method,
                "not_installed", SlackErrors.AUTH_RETRY, null));
        T response;
        try {
            response = call.on(slack.methods(token));
        } catch (IOException e) {
            throw SlackErrors.network(method, e);
        } catch (SlackApiException e) {
            throw SlackErrors.http(method, e);
        }
        if (!response.isOk()) {
            SlackDeliveryException refused = SlackErrors.refused(method, response.getError(), response.getHttpResponseHeaders());
            if (refused.is(SlackErrors.REVOKED.toArray(String[]::new))) {
                log.warn("workspace {} revoked the app's token ({}): forgetting it", team, refused.error());
                tokens.revoked(team, token);
            }
            throw refused;
        }
        return response;
    }
}
