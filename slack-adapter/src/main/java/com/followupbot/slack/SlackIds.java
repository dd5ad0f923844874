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

    /** Whether {@code id} is a workspace-prefixed Slack id: a team (T…) or enterprise (E…) id, ':', an id. */
    public static boolean isPrefixed(String id) {
        int at = id.indexOf(SEPARATOR);
        return at > 1 && (id.charAt(0) == 'T' || id.charAt(0) == 'E') && at < id.length() - 1
                && id.chars().allMatch(c -> c == SEPARATOR || Character.isLetterOrDigit(c));
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
