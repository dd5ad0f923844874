package com.followupbot.conversation.internal;

import java.time.Instant;

/** A journal entry as stored. */
public record ActionRow(long id, String kind, String reversal, Instant doneAt) {
}
