package com.followupbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.testing.TestDatabase;
import java.net.ServerSocket;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * A token Slack refuses, one missing a scope the adapter uses, an app token that cannot open Socket Mode,
 * an API that cannot be reached, a port in use: each stops the start with one line naming what to fix,
 * and never the token itself.
 */
class StartupCheckTest {

    @Test
    void aWrongOrRevokedBotTokenStopsTheStart() {
        try (FakeSlackApi api = new FakeSlackApi()) {
            api.server().stubFor(post(FakeSlackApi.method("auth.test")).willReturn(okJson("{\"ok\":false,\"error\":\"invalid_auth\"}")));
            String line = failure(SlackConfig.socketMode(FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN, api.apiUrl()));
            assertThat(line).contains("SLACK_BOT_TOKEN", "invalid_auth", "OAuth & Permissions");
        }
    }

    @Test
    void aTokenWithoutAScopeTheAdapterUsesStopsTheStart() {
        try (FakeSlackApi api = new FakeSlackApi()) {
            api.grantScopes("chat:write,commands,im:write,im:read,app_mentions:read");
            String line = failure(SlackConfig.socketMode(FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN, api.apiUrl()));
            assertThat(line).startsWith("SLACK_BOT_TOKEN lacks the scopes im:history, users:read:").contains("reinstall");
            assertThat(api.calls("apps.connections.open")).as("stopped before Socket Mode").isEmpty();
        }
    }

    @Test
    void anInstallFromBeforeFilesWereSentStillStarts() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            api.grantScopes("app_mentions:read,chat:write,commands,im:history,im:read,im:write,users:read");
            SlackIdentity me = StartupCheck.identify(WebApi.client(api.apiUrl()),
                    SlackConfig.socketMode(FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN, api.apiUrl()));
            assertThat(me.teamId()).isNotBlank();
        }
    }

    @Test
    void anAppTokenThatCannotOpenSocketModeStopsTheStart() {
        try (FakeSlackApi api = new FakeSlackApi()) {
            api.server().stubFor(post(FakeSlackApi.method("apps.connections.open"))
                    .willReturn(okJson("{\"ok\":false,\"error\":\"not_allowed_token_type\"}")));
            String line = failure(SlackConfig.socketMode(FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN, api.apiUrl()));
            assertThat(line).contains("SLACK_APP_TOKEN", "not_allowed_token_type", "connections:write");
        }
    }

    @Test
    void anUnreachableApiNamesSlackApiUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String line = failure(SlackConfig.socketMode(FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN,
                "http://127.0.0.1:" + closedPort + "/api/"));
        assertThat(line).startsWith("Cannot reach the Slack Web API at http://127.0.0.1:" + closedPort + "/api/").contains("SLACK_API_URL");
    }

    @Test
    void aPortInUseStopsHttpMode() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi(); ServerSocket taken = new ServerSocket(0)) {
            SlackAdapter adapter = SlackAdapter.connect(SlackConfig.http(FakeSlackApi.BOT_TOKEN, FakeSlackApi.SIGNING_SECRET,
                    api.apiUrl(), taken.getLocalPort()));
            FollowUpBot bot = FollowUpBot.create(Storage.jdbi(TestDatabase.fresh()), new MovableClock(
                    SlackTestBot.thursdayEvening().toInstant(), SlackTestBot.ROME), adapter.chatPort(),
                    BotSettings.defaults(SlackTestBot.ROME, "slack-1"));
            SlackStartException e = catchThrowableOfType(SlackStartException.class, () -> adapter.start(bot));
            assertThat(e.getMessage()).startsWith("Cannot listen for Slack on PORT " + taken.getLocalPort()).doesNotContain("\n");
            adapter.close();
        }
    }

    @Test
    void aGoodTokenTellsTheWorkspace() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            SlackAdapter adapter = SlackAdapter.connect(SlackConfig.http(FakeSlackApi.BOT_TOKEN, FakeSlackApi.SIGNING_SECRET,
                    api.apiUrl(), 0));
            assertThat(adapter.teamId()).isEqualTo(FakeSlackApi.TEAM);
            assertThat(api.calls("auth.test")).as("checked once: Bolt's own auth.test is not used").hasSize(1);
            adapter.close();
        }
    }

    private static String failure(SlackConfig config) {
        SlackStartException e = catchThrowableOfType(SlackStartException.class,
                () -> SlackAdapter.connect(config, null, Clock.systemUTC()));
        assertThat(e).as("the start failed").isNotNull();
        assertThat(e.getMessage()).as("one line").doesNotContain("\n").doesNotContain(FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN);
        return e.getMessage();
    }
}
