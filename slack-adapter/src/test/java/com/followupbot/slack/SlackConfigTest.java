package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The environment other tools set: SLACK_BOT_TOKEN selects Slack, SLACK_APP_TOKEN Socket Mode, SLACK_SIGNING_SECRET HTTP. */
class SlackConfigTest {

    private static final String BOT = FakeSlackApi.BOT_TOKEN;
    private static final String APP = FakeSlackApi.APP_TOKEN;

    @Test
    void withoutABotTokenThereIsNoSlack() {
        assertThat(SlackConfig.fromEnvironment(Map.<String, String>of()::get)).isEmpty();
        assertThat(SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "  ", "SLACK_APP_TOKEN", APP)::get)).isEmpty();
    }

    @Test
    void anAppTokenMeansSocketModeAgainstSlack() {
        SlackConfig config = SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT + "\n", "SLACK_APP_TOKEN", APP)::get).orElseThrow();
        assertThat(config.socketMode()).isTrue();
        assertThat(config.botToken()).isEqualTo(BOT);
        assertThat(config.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(config.toString()).contains("Socket Mode").doesNotContain(BOT, APP);
        Optional<SlackConfig> both = SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP,
                "SLACK_SIGNING_SECRET", "secret")::get);
        assertThat(both.orElseThrow().socketMode()).as("the app token wins").isTrue();
    }

    @Test
    void aSigningSecretWithoutAppTokenMeansHttpOnPort() {
        SlackConfig config = SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", "s3cret")::get)
                .orElseThrow();
        assertThat(config.socketMode()).isFalse();
        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.toString()).contains("HTTP on port 3000").doesNotContain("s3cret", BOT);
        assertThat(SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", "s", "PORT", "8088",
                "SLACK_API_URL", "http://localhost:9000/api")::get).orElseThrow())
                .satisfies(c -> assertThat(c.port()).isEqualTo(8088))
                .satisfies(c -> assertThat(c.apiUrl()).isEqualTo("http://localhost:9000/api/"));
    }

    @Test
    void unusableSettingsAreNamed() {
        assertThatThrownBy(() -> SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT)::get))
                .hasMessageContaining("SLACK_APP_TOKEN").hasMessageContaining("SLACK_SIGNING_SECRET");
        assertThatThrownBy(() -> SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxp-user-token-000000000000", "SLACK_APP_TOKEN",
                APP)::get)).hasMessageStartingWith("SLACK_BOT_TOKEN must be the Bot User OAuth Token, starting with xoxb-")
                .hasMessageNotContaining("xoxp-user");
        assertThatThrownBy(() -> SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", BOT)::get))
                .hasMessageStartingWith("SLACK_APP_TOKEN must be an app-level token, starting with xapp-");
        assertThatThrownBy(() -> SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", "s", "PORT",
                "eighty")::get)).hasMessageStartingWith("PORT must be a port number");
        assertThatThrownBy(() -> SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", "s", "PORT",
                "70000")::get)).hasMessageStartingWith("PORT must be a port number");
        assertThatThrownBy(() -> SlackConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP, "SLACK_API_URL",
                "slack.com/api")::get)).hasMessageStartingWith("SLACK_API_URL must be an http:// or https:// URL");
    }
}
