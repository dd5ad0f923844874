package com.followupbot.slack.install;

import static com.followupbot.slack.install.Installations.botToken;
import static com.followupbot.slack.install.Installations.workspace;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.Storage;
import com.followupbot.testing.TestDatabase;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoredWorkspacesTest {

    private static final String OLD_REFRESH = "xoxe-1-old-refresh-token-for-tests";

    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final FakeSlack slack = new FakeSlack();
    private final AppConfig config = SlackInstall.appConfig(SlackInstallSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID",
            "111.222", "SLACK_CLIENT_SECRET", "client-secret-for-tests", "SLACK_API_URL", slack.apiUrl())));
    private final JdbiInstallationService installations = JdbiInstallationService.rotatingTokens(jdbi, config);
    private final StoredWorkspaces workspaces = new StoredWorkspaces(installations);

    @AfterEach
    void stopSlack() {
        slack.close();
    }

    @Test
    void eachWorkspaceGetsItsOwnTokenAndNoOther() {
        installations.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 1_000L));
        installations.saveInstallerAndBot(workspace("T0TWO", "U0CAROL", 1_000L));

        assertThat(workspaces.botToken("T0ONE")).contains(botToken("T0ONE", 1_000L));
        assertThat(workspaces.botToken("T0TWO")).contains(botToken("T0TWO", 1_000L));
        assertThat(workspaces.botToken("T0THREE")).isEmpty();
    }

    @Test
    void aReinstallGivesTheNewToken() {
        installations.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 1_000L));
        installations.saveInstallerAndBot(workspace("T0ONE", "U0BOB", 2_000L));

        assertThat(workspaces.botToken("T0ONE")).contains(botToken("T0ONE", 2_000L));
    }

    @Test
    void aWorkspaceInAGridOrgIsFoundByItsTeamId() {
        DefaultInstaller inOrg = workspace("T0ONE", "U0ALICE", 1_000L);
        inOrg.setEnterpriseId("E0ORG");
        installations.saveInstallerAndBot(inOrg);

        assertThat(workspaces.botToken("T0ONE")).contains(botToken("T0ONE", 1_000L));
    }

    @Test
    void anUninstalledWorkspaceHasNoTokenLeftAndTheOthersKeepTheirs() {
        installations.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 1_000L));
        installations.saveInstallerAndBot(workspace("T0ONE", "U0BOB", 2_000L));
        installations.saveInstallerAndBot(workspace("T0TWO", "U0CAROL", 1_000L));

        workspaces.removed("T0ONE");

        assertThat(workspaces.botToken("T0ONE")).isEmpty();
        assertThat(installations.findInstaller(null, "T0ONE", "U0ALICE")).isNull();
        assertThat(installations.findInstaller(null, "T0ONE", "U0BOB")).isNull();
        assertThat(workspaces.botToken("T0TWO")).contains(botToken("T0TWO", 1_000L));
    }

    @Test
    void anExpiredRotatingTokenIsRefreshedOnceAndStored() {
        installations.saveInstallerAndBot(rotating(1L)); // expired in 1970
        slack.refreshes(OLD_REFRESH, "xoxb-new-access-token-for-tests", "xoxe-1-new-refresh-token");

        assertThat(workspaces.botToken("T0ONE")).contains("xoxb-new-access-token-for-tests");
        assertThat(workspaces.botToken("T0ONE")).contains("xoxb-new-access-token-for-tests");

        assertThat(slack.calls(postRequestedFor(urlEqualTo("/api/oauth.v2.access"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withBasicAuth(new BasicCredentials("111.222", "client-secret-for-tests")))).isEqualTo(1);
        assertThat(installations.findBot(null, "T0ONE").getBotRefreshToken()).isEqualTo("xoxe-1-new-refresh-token");
        assertThat(installations.findBot(null, "T0ONE").getBotTokenExpiresAt())
                .isGreaterThan(System.currentTimeMillis() + 11 * 3600_000L);
    }

    @Test
    void aRotatingTokenFarFromExpiryIsHandedOutAsItIs() {
        installations.saveInstallerAndBot(rotating(System.currentTimeMillis() + 12 * 3600_000L));

        assertThat(workspaces.botToken("T0ONE")).contains(botToken("T0ONE", 1_000L));
        assertThat(slack.oauthAccessCalls()).isZero();
    }

    @Test
    void expiryIsToldByTheInjectedClock() {
        // years from the machine's time, so that a token judged by the system clock would show
        MovableClock clock = new MovableClock(Instant.parse("2031-05-06T07:00:00Z"));
        JdbiInstallationService rotating = JdbiInstallationService.rotatingTokens(jdbi, config, clock);
        StoredWorkspaces stored = new StoredWorkspaces(rotating);
        rotating.saveInstallerAndBot(rotating(clock.instant().plus(Duration.ofHours(12)).toEpochMilli()));
        slack.refreshes(OLD_REFRESH, "xoxb-new-access-token-for-tests", "xoxe-1-new-refresh-token");

        assertThat(stored.botToken("T0ONE")).contains(botToken("T0ONE", 1_000L));
        assertThat(slack.oauthAccessCalls()).isZero();

        clock.advance(Duration.ofHours(12).minusMillis(config.getTokenRotationExpirationMillis()));
        assertThat(stored.botToken("T0ONE")).contains("xoxb-new-access-token-for-tests"); // within the margin: refreshed
        assertThat(slack.oauthAccessCalls()).isEqualTo(1);
        assertThat(rotating.findBot(null, "T0ONE").getBotTokenExpiresAt()) // Slack's expires_in, from the clock's now
                .isEqualTo(clock.instant().plusSeconds(43_200).toEpochMilli());
    }

    @Test
    void instancesAskingForAnExpiredTokenAtOnceRefreshItOnce() throws Exception {
        installations.saveInstallerAndBot(rotating(1L));
        slack.refreshes(OLD_REFRESH, "xoxb-new-access-token-for-tests", "xoxe-1-new-refresh-token");
        ExecutorService instances = Executors.newFixedThreadPool(6);
        List<Optional<String>> tokens = new ArrayList<>();
        try {
            List<Callable<Optional<String>>> asks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                asks.add(() -> workspaces.botToken("T0ONE"));
            }
            for (Future<Optional<String>> token : instances.invokeAll(asks)) {
                tokens.add(token.get());
            }
        } finally {
            instances.shutdownNow();
        }
        assertThat(tokens).containsOnly(Optional.of("xoxb-new-access-token-for-tests"));
        assertThat(slack.oauthAccessCalls()).isEqualTo(1);
    }

    @Test
    void aFailedRefreshHandsOutTheStoredTokenAndKeepsIt() {
        installations.saveInstallerAndBot(rotating(1L)); // Slack answers invalid_code to an unknown refresh

        assertThat(workspaces.botToken("T0ONE")).contains(botToken("T0ONE", 1_000L));
        assertThat(installations.findBot(null, "T0ONE").getBotRefreshToken()).isEqualTo(OLD_REFRESH);
    }

    private static DefaultInstaller rotating(long expiresAt) {
        DefaultInstaller installer = workspace("T0ONE", "U0ALICE", 1_000L);
        installer.setBotRefreshToken(OLD_REFRESH);
        installer.setBotTokenExpiresAt(expiresAt);
        return installer;
    }
}
