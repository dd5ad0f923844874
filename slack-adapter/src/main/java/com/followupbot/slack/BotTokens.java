package com.followupbot.slack;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot token to call a workspace with: its installation's from {@link Workspaces}, else
 * {@code SLACK_BOT_TOKEN} for the workspace that token belongs to. A token Slack said was revoked is never
 * used again, so a workspace that removed the app is not called until a new token comes (a reinstall).
 */
final class BotTokens {

    private final Workspaces workspaces;
    private final String homeTeam;
    private final String homeToken;
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    BotTokens(Workspaces workspaces, String homeTeam, String homeToken) {
        this.workspaces = workspaces;
        this.homeTeam = homeTeam;
        this.homeToken = homeToken;
    }

    Optional<String> of(String team) {
        Optional<String> token = workspaces.botToken(team).or(() -> team.equals(homeTeam) ? Optional.of(homeToken) : Optional.empty());
        return token.filter(t -> !revoked.contains(t));
    }

    /** Slack answered token_revoked or account_inactive for {@code token} in {@code team}. */
    void revoked(String team, String token) {
        revoked.add(token);
        workspaces.removed(team);
    }

    /** The workspace removed the app (app_uninstalled, tokens_revoked): its current token is done with. */
    void removed(String team) {
        workspaces.botToken(team).ifPresent(revoked::add);
        if (team.equals(homeTeam)) {
            revoked.add(homeToken);
        }
        workspaces.removed(team);
    }
}
