package com.followupbot.app;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.ChatPort;
import com.followupbot.slack.SlackAdapter;
import com.followupbot.slack.SlackConfig;
import com.followupbot.slack.SlackStartException;
import com.followupbot.slack.install.InstallServer;
import com.followupbot.slack.install.JdbiInstallationService;
import com.followupbot.slack.install.JdbiOAuthStateService;
import com.followupbot.slack.install.OAuthHttpHandler;
import com.followupbot.slack.install.SlackInstall;
import com.followupbot.slack.install.SlackInstallSettings;
import com.followupbot.slack.install.StoredWorkspaces;
import com.slack.api.bolt.App;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The bot on Slack: the adapter's port, the system clock, Slack's events until the process is stopped.
 * With {@code SLACK_CLIENT_ID} and {@code SLACK_CLIENT_SECRET} it serves every workspace that installs it
 * (installations in PostgreSQL); the install pages are on the HTTP server in HTTP mode, on their own small
 * server beside Socket Mode.
 */
final class SlackFrontend implements ChatFrontend {

    private final SlackAdapter slack;
    private final Optional<SlackInstallSettings> install;
    private final LateWorkspaces workspaces;
    private InstallServer installServer;

    private SlackFrontend(SlackAdapter slack, Optional<SlackInstallSettings> install, LateWorkspaces workspaces) {
        this.slack = slack;
        this.install = install;
        this.workspaces = workspaces;
    }

    /** Checks the tokens with auth.test before the database starts, so a wrong one fails at once. */
    static SlackFrontend connect(SlackConfig config, Optional<SlackInstallSettings> install) throws FrontendUnavailableException {
        try {
            if (install.isEmpty()) {
                return new SlackFrontend(SlackAdapter.connect(config), install, null);
            }
            LateWorkspaces workspaces = new LateWorkspaces(config.botToken());
            SlackAdapter adapter = SlackAdapter.connect(config, workspaces);
            workspaces.ownTeam(adapter.teamId());
            return new SlackFrontend(adapter, install, workspaces);
        } catch (SlackStartException e) {
            throw new FrontendUnavailableException(e.getMessage());
        }
    }

    @Override
    public void useDatabase(Jdbi jdbi) throws FrontendUnavailableException {
        if (install.isEmpty()) {
            return;
        }
        SlackInstallSettings settings = install.get();
        JdbiInstallationService installations = JdbiInstallationService.rotatingTokens(jdbi, SlackInstall.appConfig(settings));
        workspaces.attach(new StoredWorkspaces(installations));
        App app = SlackInstall.multiWorkspace(new App(SlackInstall.appConfig(settings)), installations,
                new JdbiOAuthStateService(jdbi, Clock.systemUTC()));
        OAuthHttpHandler pages = new OAuthHttpHandler(app);
        if (slack.mount(SlackInstall.INSTALL_PATH, pages) && slack.mount(SlackInstall.REDIRECT_PATH, pages)) {
            return;
        }
        try {
            installServer = InstallServer.start(app, settings.port()); // Socket Mode: no server of its own
        } catch (IOException e) {
            throw new FrontendUnavailableException("PORT " + settings.port() + ": cannot serve the Slack install pages ("
                    + e.getMessage() + ")");
        }
    }

    /** Where HTTP mode listens; empty in Socket Mode. */
    java.util.Optional<java.net.InetSocketAddress> httpAddress() {
        return slack.httpAddress();
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public ChatPort chatPort() {
        return slack.chatPort();
    }

    @Override
    public Map<String, BooleanSupplier> adapterChecks() {
        return Map.of("slack", slack::isReceiving);
    }

    @Override
    public int run(FollowUpBot bot) throws Exception {
        Thread stop = new Thread(this::close, "slack-stop"); // Ctrl-C / SIGTERM: stop receiving
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            slack.run(bot);
            return ExitCodes.OK;
        } catch (SlackStartException e) {
            System.err.println(e.getMessage());
            return ExitCodes.UNAVAILABLE;
        } finally {
            close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it closes the adapter itself
            }
        }
    }

    void close() {
        slack.close();
        if (installServer != null) {
            installServer.close();
        }
    }
}
