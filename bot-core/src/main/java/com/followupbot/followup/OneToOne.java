package com.followupbot.followup;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A booked one-to-one with a contact: when it starts, the brief the working day before ({@code briefAt},
 * null when booked too late for one), the reminder the morning of the day, the question some hours after
 * the start ({@code askAt}), and what the user answered to it ({@code outcome}: referral, well, missed).
 */
public record OneToOne(long userId, long id, long contactId, Long stepId, Instant startsAt, Instant remindAt,
                       Instant remindedAt, Instant createdAt, Instant briefAt, Instant briefedAt, Instant askAt,
                       Instant askedAt, String outcome) {

    /**
     * Whether the morning reminder carries the brief: there was no time for one the day before, or it could
     * only go out on the day itself (the bot was down), so it was dropped for the reminder.
     */
    public boolean briefInReminder(ZoneId zone) {
        return briefAt == null || briefedAt != null && !briefedAt.atZone(zone).toLocalDate().isBefore(startsAt.atZone(zone).toLocalDate());
    }
}
