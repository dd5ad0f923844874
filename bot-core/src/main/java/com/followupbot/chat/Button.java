package com.followupbot.chat;

import java.util.Objects;

/**
 * An inline answer. {@code token} is opaque (at most 32 ASCII characters, so it fits Telegram's
 * 64-byte callback data with room to spare); the core resolves it per user, so a forged, foreign or
 * stale token changes nothing.
 */
public record Button(String label, String token) {
    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(token, "token");
    }
}
