package com.followupbot.chat;

import java.util.Objects;

/**
 * A person as the platform names them. {@code languageCode} is the platform's hint (Telegram's
 * {@code language_code}, a Slack locale), used until the user chooses a language; {@code zoneId} the
 * platform's time zone for them (Slack's tz), used until they set one; either may be null.
 */
public record ChatUser(Platform platform, String platformUserId, String displayName, String languageCode,
                       String zoneId) {
    public ChatUser {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(platformUserId, "platformUserId");
    }

    public ChatUser(Platform platform, String platformUserId, String displayName, String languageCode) {
        this(platform, platformUserId, displayName, languageCode, null);
    }

    public static ChatUser of(Platform platform, String platformUserId, String displayName) {
        return new ChatUser(platform, platformUserId, displayName, null);
    }
}
