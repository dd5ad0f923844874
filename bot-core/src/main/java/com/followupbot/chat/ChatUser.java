package com.followupbot.chat;

import java.util.Objects;

/**
 * A person as the platform names them. {@code languageCode} is the platform's hint (Telegram's
 * {@code language_code}, a Slack locale), used until the user chooses a language; may be null.
 */
public record ChatUser(Platform platform, String platformUserId, String displayName, String languageCode) {
    public ChatUser {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(platformUserId, "platformUserId");
    }

    public static ChatUser of(Platform platform, String platformUserId, String displayName) {
        return new ChatUser(platform, platformUserId, displayName, null);
    }
}
