package com.followupbot.stats;

import com.followupbot.user.WorkingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a follow-up counts as done on time. A step is <b>on time</b> when it is DONE and was closed no later
 * than the end of the first working day after the day it was due, in the user's zone and working hours: a
 * note due Thursday 09:00 is on time until Friday 18:00, one due Friday until Monday 18:00. A day of grace,
 * because a prompt that arrives at 17:55 cannot fairly be late at 18:01.
 *
 * <ul>
 *   <li>Done after that deadline, or still open (pending, prompted, snoozed) once it passed: <b>late</b>.</li>
 *   <li>Still open before the deadline: <b>open</b>, not judged yet.</li>
 *   <li>Skipped ("not on LinkedIn"): a decision, not a late follow-up; not counted either way.</li>
 * </ul>
 * "Due" is the step's due time as it stands: a snooze moves it, so a step done on the day it was snoozed to is
 * on time (the bot asked for a new date and the user kept it). When the meeting was logged after that time
 * ("met Marco 10 days ago"), its steps are due from the moment it was logged: nobody is late for a step the
 * bot did not know of.
 */
public final class OnTime {

    /** How a follow-up step stands against its deadline. */
    public enum Verdict { ON_TIME, LATE, OPEN, UNCOUNTED }

    private OnTime() {
    }

    /** The last instant a step due at {@code dueAt} may be closed and still be on time. */
    public static Instant deadline(Instant dueAt, ZoneId zone, WorkingHours hours) {
        LocalDate day = dueAt.atZone(zone).toLocalDate().plusDays(1);
        while (!hours.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(hours.end()).atZone(zone).toInstant();
    }

    /** The verdict on a step in {@code state} (the follow_up_step states), as of {@code now}. */
    public static Verdict of(String state, Instant dueAt, Instant closedAt, ZoneId zone, WorkingHours hours, Instant now) {
        Instant deadline = deadline(dueAt, zone, hours);
        return switch (state) {
            case "DONE" -> closedAt != null && !closedAt.isAfter(deadline) ? Verdict.ON_TIME : Verdict.LATE;
            case "SKIPPED" -> Verdict.UNCOUNTED;
            default -> now.isAfter(deadline) ? Verdict.LATE : Verdict.OPEN;
        };
    }
}
