package com.followupbot.slack;

/**
 * Slack ids as the core stores them, prefixed with the workspace ("T024:U123", "T024:D456") so that
 * users, channels and messages of different workspaces never collide and the adapter always knows
 * which workspace's token to use.
 */
public final class SlackIds {

    static final char SEPARATOR = ':';

    private SlackIds() {
    }

    public static String of(String teamId, String slackId) {
        return teamId + SEPARATOR + slackId;
    }

    public static String team(String prefixed) {
        int at = prefixed.indexOf(SEPARATOR);
        if (at <= 0) {
            throw new IllegalArgumentException("not a workspace-prefixed Slack id");
        }
        return prefixed.substring(0, at);
    }

    public static String local(String prefixed) {
        return prefixed.substring(prefixed.indexOf(SEPARATOR) + 1);
    }
}
