package com.followupbot.slack.install;

import static com.followupbot.slack.install.Installations.botToken;
import static com.followupbot.slack.install.Installations.orgWide;
import static com.followupbot.slack.install.Installations.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupbot.Storage;
import com.followupbot.testing.TestDatabase;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class JdbiInstallationServiceTest {

    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final JdbiInstallationService store = new JdbiInstallationService(jdbi);

    @Test
    void anInstallationRoundTripsWithEveryField() {
        DefaultInstaller installer = workspace("T0ONE", "U0ALICE", 1_000L);
        installer.setInstallerUserScope("users:read");
        installer.setInstallerUserAccessToken("xoxp-user-token-of-alice-for-tests");
        installer.setInstallerUserRefreshToken("xoxe-user-refresh-token-of-alice");
        installer.setInstallerUserTokenExpiresAt(50_000L);
        installer.setBotRefreshToken("xoxe-bot-refresh-token-of-team-one");
        installer.setBotTokenExpiresAt(60_000L);
        installer.setIncomingWebhookUrl("https://hooks.slack.com/services/T0ONE/B1/x");
        installer.setIncomingWebhookChannelId("C0GENERAL");
        installer.setIncomingWebhookConfigurationUrl("https://team.slack.com/services/B1");

        store.saveInstallerAndBot(installer);

        assertThat(store.findInstaller(null, "T0ONE", "U0ALICE")).usingRecursiveComparison().isEqualTo(installer);
        Bot bot = store.findBot(null, "T0ONE");
        assertThat(bot.getBotAccessToken()).isEqualTo(botToken("T0ONE", 1_000L));
        assertThat(bot.getBotScope()).isEqualTo("chat:write,im:write,commands");
        assertThat(bot.getBotRefreshToken()).isEqualTo("xoxe-bot-refresh-token-of-team-one");
        assertThat(bot.getBotTokenExpiresAt()).isEqualTo(60_000L);
        assertThat(bot.getBotUserId()).isEqualTo("U0BOTT0ONE");
        assertThat(bot.getInstalledAt()).isEqualTo(1_000L);
        assertThat(store.findInstaller(null, "T0ONE", "U0BOB")).isNull();
        assertThat(store.findBot(null, "T0TWO")).isNull();
    }

    @Test
    void theLatestInstallationWinsAndReplacesTheOlder() {
        store.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 2_000L));
        store.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 1_000L)); // saved late, installed earlier
        store.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 3_000L));

        assertThat(store.findBot(null, "T0ONE").getBotAccessToken()).isEqualTo(botToken("T0ONE", 3_000L));
        assertThat(store.findInstaller(null, "T0ONE", "U0ALICE").getInstalledAt()).isEqualTo(3_000L);
        assertThat(rows("slack_bot")).isEqualTo(1);
        assertThat(rows("slack_installer")).isEqualTo(1);
    }

    @Test
    void eachInstallingUserHasTheirOwnInstallerAndTheWorkspaceTheLatestBot() {
        store.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 1_000L));
        store.saveInstallerAndBot(workspace("T0ONE", "U0BOB", 2_000L));

        assertThat(store.findInstaller(null, "T0ONE", "U0ALICE").getInstalledAt()).isEqualTo(1_000L);
        assertThat(store.findInstaller(null, "T0ONE", "U0BOB").getInstalledAt()).isEqualTo(2_000L);
        assertThat(store.findBot(null, "T0ONE").getInstalledAt()).isEqualTo(2_000L);
    }

    @Test
    void historicalDataKeepsOlderInstallationsButOnlyTheLatestIsFound() {
        store.setHistoricalDataEnabled(true);
        store.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 1_000L));
        store.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 2_000L));

        assertThat(store.findBot(null, "T0ONE").getInstalledAt()).isEqualTo(2_000L);
        assertThat(rows("slack_bot")).isEqualTo(2);

        store.deleteBot(store.findBot(null, "T0ONE"));

        // the revoked bot is gone and the older one is not brought back
        assertThat(store.findBot(null, "T0ONE")).isNull();
        assertThat(rows("slack_bot")).isEqualTo(2);
    }

    @Test
    void deleteBotLeavesTheInstallersAndDeleteInstallerOnlyThatUser() {
        store.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 1_000L));
        store.saveInstallerAndBot(workspace("T0ONE", "U0BOB", 2_000L));

        store.deleteBot(store.findBot(null, "T0ONE"));
        assertThat(store.findBot(null, "T0ONE")).isNull();
        assertThat(store.findInstaller(null, "T0ONE", "U0ALICE")).isNotNull();

        store.deleteInstaller(store.findInstaller(null, "T0ONE", "U0ALICE"));
        assertThat(store.findInstaller(null, "T0ONE", "U0ALICE")).isNull();
        assertThat(store.findInstaller(null, "T0ONE", "U0BOB")).isNotNull();
    }

    @Test
    void deleteAllRemovesOneWorkspaceOnly() {
        store.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 1_000L));
        store.saveInstallerAndBot(workspace("T0TWO", "U0CAROL", 1_000L));

        store.deleteAll(null, "T0ONE");

        assertThat(store.findBot(null, "T0ONE")).isNull();
        assertThat(store.findInstaller(null, "T0ONE", "U0ALICE")).isNull();
        assertThat(store.findBot(null, "T0TWO").getBotAccessToken()).isEqualTo(botToken("T0TWO", 1_000L));
        assertThat(store.findInstaller(null, "T0TWO", "U0CAROL")).isNotNull();
    }

    @Test
    void anOrgWideInstallServesEveryWorkspaceOfTheOrgFirst() {
        store.saveInstallerAndBot(orgWide("E0ORG", "U0ADMIN", 1_000L));

        Bot bot = store.findBot("E0ORG", "T0ANY");
        assertThat(bot.getBotAccessToken()).isEqualTo(botToken("E0ORG", 1_000L));
        assertThat(bot.getIsEnterpriseInstall()).isTrue();
        assertThat(bot.getTeamId()).isNull();
        assertThat(store.findInstaller("E0ORG", "T0ANY", "U0ADMIN").getEnterpriseUrl())
                .isEqualTo("https://org.enterprise.slack.com/");
        assertThat(store.findBot(null, "T0ANY")).isNull();
        assertThat(store.findBot("E0OTHER", "T0ANY")).isNull();

        store.deleteAll("E0ORG", null);
        assertThat(store.findBot("E0ORG", "T0ANY")).isNull();
    }

    @Test
    void aWorkspaceThatJoinedAGridOrgKeepsItsInstallationUntilUninstalled() {
        store.saveInstallerAndBot(workspace("T0ONE", "U0ALICE", 1_000L)); // before the org existed
        DefaultInstaller inOrg = workspace("T0TWO", "U0CAROL", 1_000L);
        inOrg.setEnterpriseId("E0ORG");
        store.saveInstallerAndBot(inOrg);

        assertThat(store.findBot("E0ORG", "T0ONE").getBotAccessToken()).isEqualTo(botToken("T0ONE", 1_000L));
        assertThat(store.findInstaller("E0ORG", "T0ONE", "U0ALICE")).isNotNull();
        assertThat(store.findBot("E0ORG", "T0TWO").getEnterpriseId()).isEqualTo("E0ORG");
        assertThat(store.findBot(null, "T0TWO")).as("a Grid workspace's events carry its org").isNull();

        store.deleteAll("E0ORG", "T0ONE");

        assertThat(store.findBot("E0ORG", "T0ONE")).isNull();
        assertThat(store.findBot(null, "T0ONE")).isNull();
        assertThat(store.findBot("E0ORG", "T0TWO")).isNotNull();
    }

    @Test
    void instancesSavingTheSameInstallationAtOnceLeaveOneRow() throws Exception {
        Installer installer = workspace("T0ONE", "U0ALICE", 1_000L);
        ExecutorService instances = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> saves = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                saves.add(() -> {
                    store.saveInstallerAndBot(installer);
                    return null;
                });
            }
            for (Future<Void> save : instances.invokeAll(saves)) {
                save.get(); // rethrows a failed save
            }
        } finally {
            instances.shutdownNow();
        }
        assertThat(rows("slack_bot")).isEqualTo(1);
        assertThat(rows("slack_installer")).isEqualTo(1);
    }

    @Test
    void aFailedSaveSaysWhatFailedButCarriesNoToken() {
        DefaultInstaller nowhere = workspace(null, "U0ALICE", 1_000L); // neither team nor org: refused
        nowhere.setBotAccessToken("xoxb-secret-token-that-must-not-leak");

        assertThatThrownBy(() -> store.saveInstallerAndBot(nowhere))
                .isInstanceOf(InstallationStoreException.class)
                .hasMessageContaining("SQL state 23514")
                .hasNoCause()
                .satisfies(e -> assertThat(e.toString()).doesNotContain("xoxb-secret"));
    }

    private int rows(String table) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }
}
