package com.followupbot.slack.install;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/** slack.com's Web API as the OAuth flow and token rotation use it: oauth.v2.access and auth.test. */
final class FakeSlack implements AutoCloseable {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    FakeSlack() {
        server.start();
        server.stubFor(post(urlEqualTo("/api/oauth.v2.access")).atPriority(10)
                .willReturn(okJson("{\"ok\":false,\"error\":\"invalid_code\"}")));
        server.stubFor(post(urlEqualTo("/api/auth.test")).atPriority(10)
                .willReturn(okJson("{\"ok\":false,\"error\":\"invalid_auth\"}")));
    }

    /** Slack's Web API prefix for SLACK_API_URL. */
    String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    /** oauth.v2.access answers {@code code} with a bot token for {@code teamId}; auth.test knows that token. */
    void installs(String code, String teamId, String botToken, String botId) {
        server.stubFor(post(urlEqualTo("/api/oauth.v2.access")).withRequestBody(containing("code=" + code))
                .willReturn(okJson("""
                        {"ok":true,"app_id":"A0APP","authed_user":{"id":"U0INSTALLER"},
                         "scope":"chat:write,im:write,commands","token_type":"bot","access_token":"%s",
                         "bot_user_id":"U0BOT%s","team":{"id":"%s","name":"Team %s"},"enterprise":null,
                         "is_enterprise_install":false}
                        """.formatted(botToken, teamId, teamId, teamId))));
        server.stubFor(post(urlEqualTo("/api/auth.test")).withHeader("Authorization", equalTo("Bearer " + botToken))
                .willReturn(okJson("""
                        {"ok":true,"url":"https://team.slack.com/","team":"Team","user":"bot","team_id":"%s",
                         "user_id":"U0BOT%s","bot_id":"%s"}
                        """.formatted(teamId, teamId, botId))));
    }

    /** oauth.v2.access grant_type=refresh_token swaps {@code refreshToken} for a new pair, good for 12 hours. */
    void refreshes(String refreshToken, String newToken, String newRefreshToken) {
        server.stubFor(post(urlEqualTo("/api/oauth.v2.access")).withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken))
                .willReturn(okJson("""
                        {"ok":true,"app_id":"A0APP","token_type":"bot","access_token":"%s","refresh_token":"%s",
                         "expires_in":43200,"bot_user_id":"U0BOT","team":{"id":"T0ONE","name":"Team"}}
                        """.formatted(newToken, newRefreshToken))));
    }

    int oauthAccessCalls() {
        return server.countRequestsMatching(postRequestedFor(urlEqualTo("/api/oauth.v2.access")).build()).getCount();
    }

    int calls(RequestPatternBuilder pattern) {
        return server.countRequestsMatching(pattern.build()).getCount();
    }

    @Override
    public void close() {
        server.stop();
    }
}
