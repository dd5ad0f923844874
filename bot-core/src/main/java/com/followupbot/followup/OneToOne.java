package com.followupbot.followup;

import java.time.Instant;

/** A booked one-to-one with a contact: when it starts, and the reminder the morning of the day. */
public record OneToOne(long userId, long id, long contactId, Long stepId, Instant startsAt, Instant remindAt,
                       Instant remindedAt, Instant createdAt) {
}
