package com.followupbot.slack.install;

import com.followupbot.slack.Workspaces;
import com.slack.api.bolt.model.Bot;
import java.util.Optional;

/**
 * The workspaces that installed the app through OAuth, as the rest of the adapter asks for them: a
 * workspace's token is its current bot's (refreshed first when token rotation is on and it is due, if the
 * store was built with {@link JdbiInstallationService#rotatingTokens}).
 *
 * <p>Only workspace installs are found by team id. An org-wide install (team id null, one token for every
 * workspace of a Grid org) would need the enterprise id, which {@link Workspaces} does not carry.
 */
public final class StoredWorkspaces implements Workspaces {

    private final JdbiInstallationService installations;

    public StoredWorkspaces(JdbiInstallationService installations) {
        this.installations = installations;
    }

    @Override
    public Optional<String> botToken(String teamId) {
        return installations.currentBotOfTeam(teamId).map(Bot::getBotAccessToken);
    }

    /** app_uninstalled or tokens_revoked for the bot: every installation of the workspace goes, history too. */
    @Override
    public void removed(String teamId) {
        installations.deleteTeam(teamId);
    }
}
