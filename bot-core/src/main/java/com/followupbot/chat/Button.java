package com.followupbot.chat;

/**
 * An inline answer. {@code token} is opaque (at most 32 ASCII characters, so it fits Telegram's
 * 64-byte callback data with room to spare); the core resolves it per user, so a forged, foreign or
 * stale token changes nothing.
 *
 * <p>A button made with {@link #openPrivateChat} has no token: it opens the user's private chat with
 * the bot instead (Telegram's {@code t.me/<bot>?start=<payload>}), and the payload comes back to the
 * core as a {@code start} command, never as a press.
 */
public record Button(String label, String token, String privateChatPayload) {
    public Button {
        if (label == null) {
            throw new NullPointerException("label");
        }
        if ((token == null) == (privateChatPayload == null)) {
            throw new IllegalArgumentException("a button carries either a token or a private chat payload");
        }
    }

    public Button(String label, String token) {
        this(label, requireToken(token), null);
    }

    /** A button that opens the private chat with the bot; {@code payload} may be empty. */
    public static Button openPrivateChat(String label, String payload) {
        return new Button(label, null, payload);
    }

    public boolean opensPrivateChat() {
        return privateChatPayload != null;
    }

    private static String requireToken(String token) {
        if (token == null) {
            throw new NullPointerException("token");
        }
        return token;
    }
}
