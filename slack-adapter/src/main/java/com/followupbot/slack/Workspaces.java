package com.followupbot.slack;

import java.util.Optional;

/**
 * The bot token of each workspace the app serves: one from {@code SLACK_BOT_TOKEN} for a single workspace,
 * or the OAuth installations stored in PostgreSQL for many. Tokens are secrets: never logged.
 */
public interface Workspaces {

    /** The bot token for workspace {@code teamId}; empty when the app is not (or no longer) installed there. */
    Optional<String> botToken(String teamId);

    /** The app was uninstalled from {@code teamId}, or its tokens revoked: forget them. */
    void removed(String teamId);

    /** One workspace, one token (from {@code SLACK_BOT_TOKEN}). */
    static Workspaces single(String teamId, String botToken) {
        return new Workspaces() {
            @Override
            public Optional<String> botToken(String team) {
                return teamId.equals(team) ? Optional.of(botToken) : Optional.empty();
            }

            @Override
            public void removed(String team) {
                // a single token is the operator's to change, not the bot's
            }
        };
    }
}
