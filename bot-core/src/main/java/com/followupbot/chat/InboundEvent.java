package com.followupbot.chat;

import java.util.Objects;

/**
 * Which delivery of the platform a message came in: {@code source} names the bot and platform
 * ("telegram:123", "slack:T024"), {@code key} the platform's id for the event (Telegram's update_id,
 * Slack's event_id or an interaction's id), {@code sequence} its place in an ordered feed (Telegram's
 * update_id, where polling resumes) or null. The core handles each event once, however often it comes.
 */
public record InboundEvent(String source, String key, Long sequence) {
    public InboundEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
    }

    public static InboundEvent of(String source, String key) {
        return new InboundEvent(source, key, null);
    }

    /** An event of an ordered feed, keyed by its number. */
    public static InboundEvent numbered(String source, long sequence) {
        return new InboundEvent(source, Long.toString(sequence), sequence);
    }
}
