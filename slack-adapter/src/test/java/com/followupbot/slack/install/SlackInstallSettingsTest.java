package com.followupbot.slack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.AppConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackInstallSettingsTest {

    private static final Map<String, String> MINIMAL = Map.of("SLACK_CLIENT_ID", "111.222",
            "SLACK_CLIENT_SECRET", "client-secret-for-tests");

    @Test
    void defaultsAreTheManifestsScopesSlackComAndPort3000() {
        SlackInstallSettings settings = SlackInstallSettings.fromEnvironment(MINIMAL);

        assertThat(settings.scopes()).isEqualTo("chat:write,im:write,im:history,im:read,commands,app_mentions:read,users:read,files:write,files:read");
        assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(settings.port()).isEqualTo(3000);
        assertThat(settings.redirectUri()).isNull();
        assertThat(settings.signingSecret()).isNull();
    }

    @Test
    void theAppConfigServesBoltsOAuthOnSlackPaths() {
        AppConfig config = SlackInstall.appConfig(SlackInstallSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "111.222",
                "SLACK_CLIENT_SECRET", "client-secret-for-tests", "SLACK_API_URL", "http://127.0.0.1:9/api",
                "SLACK_REDIRECT_URI", "https://bot.example.org/slack/oauth_redirect", "PORT", "8080")));

        assertThat(config.getOauthInstallRequestURI()).isEqualTo("/slack/install");
        assertThat(config.getOauthRedirectUriRequestURI()).isEqualTo("/slack/oauth_redirect");
        assertThat(config.getSlack().getConfig().getMethodsEndpointUrlPrefix()).isEqualTo("http://127.0.0.1:9/api/");
        assertThat(config.getRedirectUri()).isEqualTo("https://bot.example.org/slack/oauth_redirect");
        assertThat(config.isDistributedApp()).isTrue();
        assertThat(config.getSingleTeamBotToken()).isNull();
    }

    @Test
    void aMissingClientIdOrSecretIsNamed() {
        assertThatThrownBy(() -> SlackInstallSettings.fromEnvironment(Map.of("SLACK_CLIENT_SECRET", "s")))
                .hasMessageContaining("SLACK_CLIENT_ID");
        assertThatThrownBy(() -> SlackInstallSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "1", "SLACK_CLIENT_SECRET", " ")))
                .hasMessageContaining("SLACK_CLIENT_SECRET");
        assertThatThrownBy(() -> SlackInstallSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "1",
                "SLACK_CLIENT_SECRET", "s", "PORT", "eighty"))).hasMessageContaining("PORT");
    }

    @Test
    void secretsStayOutOfToString() {
        SlackInstallSettings settings = SlackInstallSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "111.222",
                "SLACK_CLIENT_SECRET", "client-secret-for-tests", "SLACK_SIGNING_SECRET", "signing-secret-for-tests"));

        assertThat(settings.toString()).contains("111.222").doesNotContain("client-secret").doesNotContain("signing-secret");
    }
}
