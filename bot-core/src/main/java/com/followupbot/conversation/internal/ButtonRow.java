package com.followupbot.conversation.internal;

/** A stored button: its action, the row it acts on and an optional parameter (a snooze length). */
public record ButtonRow(String action, Long targetId, String param) {
}
