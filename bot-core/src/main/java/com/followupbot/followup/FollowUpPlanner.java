package com.followupbot.followup;

import com.followupbot.user.WorkingHours;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * When each step is due, in the user's zone. The note step comes at the first working moment a few
 * hours after the meeting (a breakfast at 07:00 → 09:00 the same day; an expo at 18:40 → the next
 * working morning), so the note can still go out within 24 hours; the 7- and 30-day steps come at
 * the start of the working day they fall on, moved off days off. Working in local dates keeps
 * "7 days later at 09:00" right across a DST change.
 */
public final class FollowUpPlanner {

    /** Time for the user to get home and log the meeting before the note step can fire. */
    static final Duration NOTE_DELAY = Duration.ofHours(3);

    private FollowUpPlanner() {
    }

    public static ZonedDateTime dueAt(StepKind kind, ZonedDateTime metAt, WorkingHours hours) {
        return switch (kind) {
            // a visitor is thanked as soon as the meeting is over, well within the two days
            case NOTE, VISIT_CALL -> hours.nextSlot(metAt.plus(NOTE_DELAY));
            case CONNECT, CALL, VISIT_INVITE, VISIT_MEMBERSHIP ->
                    hours.startOfWorkingDay(metAt.toLocalDate().plusDays(kind.offset().toDays()), metAt);
        };
    }

    /** A snoozed step comes back after {@code snooze}, moved into working hours. */
    public static ZonedDateTime snoozedUntil(ZonedDateTime now, Duration snooze, WorkingHours hours) {
        return hours.nextSlot(now.plus(snooze));
    }
}
