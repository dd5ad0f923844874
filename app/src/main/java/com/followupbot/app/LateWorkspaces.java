package com.followupbot.app;

import com.followupbot.slack.Workspaces;
import java.util.Optional;

/**
 * The workspaces of a Slack app installed in many: the installations are in the database, which starts
 * after the token check, so they are attached once it is up. {@code SLACK_BOT_TOKEN}'s own workspace is
 * always served, installed through OAuth or not; which one it is, auth.test says at connect.
 */
final class LateWorkspaces implements Workspaces {

    private final String ownToken;
    private volatile String ownTeam;
    private volatile Workspaces installed;

    LateWorkspaces(String ownToken) {
        this.ownToken = ownToken;
    }

    void ownTeam(String teamId) {
        this.ownTeam = teamId;
    }

    void attach(Workspaces installations) {
        this.installed = installations;
    }

    @Override
    public Optional<String> botToken(String teamId) {
        Workspaces stored = installed;
        Optional<String> token = stored == null ? Optional.empty() : stored.botToken(teamId);
        return token.isPresent() || !teamId.equals(ownTeam) ? token : Optional.of(ownToken);
    }

    @Override
    public void removed(String teamId) {
        Workspaces stored = installed;
        if (stored != null) {
            stored.removed(teamId);
        }
    }
}
