package com.followupbot.telegram;

/** Who the bot is on Telegram, learnt with getMe at start: its id scopes the limits, its username the links. */
public record BotIdentity(long id, String username) {

    /** The link that opens the private chat with the bot, starting it with {@code payload} if there is one. */
    public String startLink(String payload) {
        return "https://t.me/" + username + (payload == null || payload.isEmpty() ? "" : "?start=" + payload);
    }

    /** Names this bot's updates in the inbound ledger and its limits in the pacer. */
    public String scope() {
        return "telegram:" + id;
    }
}
