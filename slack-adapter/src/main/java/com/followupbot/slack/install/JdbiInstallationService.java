package com.followupbot.slack.install;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.token_rotation.TokenRotator;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's installation store in PostgreSQL (tables slack_installer and slack_bot), behaving like Bolt's
 * FileInstallationService: the latest installation per workspace, and per user for the installer; an
 * org-wide install first for a Grid workspace; with historical data on, older installations are kept
 * (inactive) instead of deleted. Safe for several bot instances on one database: every save is an upsert
 * on a unique key, and a token refresh holds the bot's row lock.
 */
public final class JdbiInstallationService implements InstallationService {

    private static final Logger log = LoggerFactory.getLogger(JdbiInstallationService.class);

    private final SafeTransactions store;
    private final Optional<BotTokenRotation> rotation;
    private volatile boolean historicalDataEnabled;

    /** A store that hands out tokens as stored (no token rotation). */
    public JdbiInstallationService(Jdbi jdbi) {
        this.store = new SafeTransactions(jdbi);
        this.rotation = Optional.empty();
    }

    /** A store that refreshes an expiring bot token before handing it out (apps with token rotation on). */
    public JdbiInstallationService(Jdbi jdbi, TokenRotator rotator) {
        this(jdbi, rotator, Clock.systemUTC());
    }

    /** As {@link #JdbiInstallationService(Jdbi, TokenRotator)}, telling expiry by {@code clock}. */
    JdbiInstallationService(Jdbi jdbi, TokenRotator rotator, Clock clock) {
        this.store = new SafeTransactions(jdbi);
        this.rotation = Optional.of(new BotTokenRotation(store, rotator, clock));
    }

    /** Rotates tokens as Bolt's own authorization does: same Slack client, client id and expiry margin. */
    public static JdbiInstallationService rotatingTokens(Jdbi jdbi, AppConfig config) {
        return rotatingTokens(jdbi, config, Clock.systemUTC());
    }

    static JdbiInstallationService rotatingTokens(Jdbi jdbi, AppConfig config, Clock clock) {
        return new JdbiInstallationService(jdbi, new TokenRotator(config.getSlack().methods(),
                config.getTokenRotationExpirationMillis(), config.getClientId(), config.getClientSecret()), clock);
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return historicalDataEnabled;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        this.historicalDataEnabled = enabled;
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        StoredInstaller saved = StoredInstaller.of(installer);
        store.run("save the installation of workspace " + saved.teamId(), handle -> {
            handle.attach(InstallerDao.class).save(saved, historicalDataEnabled);
            handle.attach(BotDao.class).save(StoredBot.of(installer), historicalDataEnabled);
            return null;
        });
        log.info("Saved the installation of workspace {} (org {}) by {}", saved.teamId(), saved.enterpriseId(),
                saved.installerUserId());
    }

    @Override
    public void saveBot(Bot bot) {
        StoredBot saved = StoredBot.of(bot);
        store.run("save the bot of workspace " + saved.teamId(), handle -> {
            handle.attach(BotDao.class).save(saved, historicalDataEnabled);
            return null;
        });
    }

    @Override
    public void deleteBot(Bot bot) {
        store.run("delete the bot of workspace " + bot.getTeamId(), handle -> {
            handle.attach(BotDao.class).deleteCurrent(bot.getEnterpriseId(), bot.getTeamId(), historicalDataEnabled);
            return null;
        });
    }

    @Override
    public void deleteInstaller(Installer installer) {
        store.run("delete an installer in workspace " + installer.getTeamId(), handle -> {
            handle.attach(InstallerDao.class).deleteCurrent(installer.getEnterpriseId(), installer.getTeamId(),
                    installer.getInstallerUserId(), historicalDataEnabled);
            return null;
        });
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return store.run("find the bot of workspace " + teamId,
                        handle -> handle.attach(BotDao.class).find(enterpriseId, teamId))
                .map(this::fresh).map(StoredBot::toBot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return store.run("find an installer in workspace " + teamId,
                        handle -> handle.attach(InstallerDao.class).find(enterpriseId, teamId, userId))
                .map(StoredInstaller::toInstaller).orElse(null);
    }

    /** Everything of a workspace (with no team: of an org-wide install), history too; Bolt's app_uninstalled. */
    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        store.run("delete the installations of workspace " + teamId, handle -> {
            handle.attach(InstallerDao.class).deleteWorkspace(enterpriseId, teamId);
            handle.attach(BotDao.class).deleteWorkspace(enterpriseId, teamId);
            return null;
        });
    }

    /** The current bot of workspace {@code teamId}, in whichever org, its token refreshed if due. */
    public Optional<Bot> currentBotOfTeam(String teamId) {
        return store.run("find the bot of workspace " + teamId,
                        handle -> handle.attach(BotDao.class).currentOfTeam(teamId))
                .map(this::fresh).map(StoredBot::toBot);
    }

    /** Everything of workspace {@code teamId} in any org, history too. */
    public void deleteTeam(String teamId) {
        store.run("delete the installations of workspace " + teamId, handle -> {
            handle.attach(InstallerDao.class).deleteTeam(teamId);
            handle.attach(BotDao.class).deleteTeam(teamId);
            return null;
        });
    }

    private StoredBot fresh(StoredBot bot) {
        return rotation.map(r -> r.fresh(bot)).orElse(bot);
    }
}
