package com.followupbot.chat;

import java.util.Objects;

/** A conversation on the platform: a private chat (DM) or a group/channel. */
public record ChatId(String value, boolean isPrivate) {
    public ChatId {
        Objects.requireNonNull(value, "value");
    }

    public static ChatId privateChat(String value) {
        return new ChatId(value, true);
    }

    public static ChatId group(String value) {
        return new ChatId(value, false);
    }
}
