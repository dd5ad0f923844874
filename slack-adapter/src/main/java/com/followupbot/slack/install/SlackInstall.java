package com.followupbot.slack.install;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.service.OAuthStateService;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wiring Bolt needs to serve many workspaces: an {@link AppConfig} for an OAuth app, and an App that
 * installs through {@value #INSTALL_PATH} and {@value #REDIRECT_PATH}, keeps installations and states in
 * the given stores and authorizes each request with its workspace's token.
 */
public final class SlackInstall {

    public static final String INSTALL_PATH = "/slack/install";
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";

    private static final Logger log = LoggerFactory.getLogger(SlackInstall.class);

    private SlackInstall() {
    }

    /**
     * Every setting given here, none left to Bolt's own environment lookups (SLACK_BOT_TOKEN there would
     * turn the app into a single-workspace one). The Web API, oauth.v2.access included, is at
     * {@code settings.apiUrl()}; Slack's authorize page is always slack.com's.
     */
    @SuppressWarnings("deprecation") // the old spellings are set so that Bolt's env defaults cannot win
    public static AppConfig appConfig(SlackInstallSettings settings) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
        return AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken(null)
                .verificationToken(null)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .signingSecret(settings.signingSecret())
                .redirectUri(settings.redirectUri())
                .scope(settings.scopes())
                .userScope(null)
                // Bolt joins appPath and these paths into the request paths; both spellings are set because
                // Bolt prefers the older one whenever it differs from its default.
                .appPath("/slack/")
                .oauthInstallPath("install")
                .oauthStartPath("install")
                .oauthRedirectUriPath("oauth_redirect")
                .oauthCallbackPath("oauth_redirect")
                .oauthCompletionUrl(null)
                .oauthCancellationUrl(null)
                // straight to Slack's authorize page, no "Add to Slack" page of Bolt's in between
                .oAuthInstallPageRenderingEnabled(false)
                .oAuthRedirectUriPageRenderer(new InstallPages())
                .build();
    }

    /**
     * Makes {@code app} (built from {@link #appConfig}) an OAuth app on these stores. Call before the app
     * starts: Bolt builds its authorization from the installation service on start.
     */
    public static App multiWorkspace(App app, InstallationService installations, OAuthStateService states) {
        InstallPages pages = new InstallPages();
        return app.asOAuthApp(true)
                .service(installations)
                .service(states)
                .oauthCallbackStateError((request, response) -> {
                    // Bolt's own handler logs the request's code and state; neither is needed to see why
                    log.warn("Refused an OAuth callback: unknown, used or expired state, or no matching cookie");
                    return failure(response, 400, pages, "the install link was not valid; start again");
                })
                .oauthCallbackAccessError((OAuthV2AccessErrorHandler) (request, response, apiResponse) -> {
                    log.warn("Slack refused to complete an installation: {}", apiResponse.getError());
                    return failure(response, 400, pages, apiResponse.getError());
                })
                .oauthCallbackException((request, response, e) -> {
                    log.warn("An installation failed: {}", e.toString());
                    return failure(response, 500, pages, e.getMessage());
                });
    }

    private static Response failure(Response response, int status, InstallPages pages, String reason) {
        response.setStatusCode(status);
        response.setContentType("text/html; charset=utf-8");
        response.setBody(pages.renderFailurePage(INSTALL_PATH, reason));
        return response;
    }
}
