package com.followupbot.slack;

/**
 * Who the bot is, as auth.test (and bots.info) said at start: the workspace of {@code SLACK_BOT_TOKEN},
 * the bot's user id (its own messages come back as events and are dropped), and the app id that links
 * to the bot's Messages tab; {@code appId} may be null when bots.info could not tell.
 */
record SlackIdentity(String teamId, String botUserId, String botId, String appId) {

    /** Names a workspace's events in the inbound ledger: "slack:T024". */
    static String source(String teamId) {
        return "slack:" + teamId;
    }
}
