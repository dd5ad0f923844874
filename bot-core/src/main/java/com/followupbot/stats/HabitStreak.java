package com.followupbot.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The habit streak: weeks in a row, Monday to Sunday in the user's zone and counting back from this one, in
 * which every follow-up judged so far was on time ({@link OnTime}). A step belongs to the week it was due in.
 *
 * <ul>
 *   <li>A week with a late follow-up ends the streak (this week too: a late one now means no streak now).</li>
 *   <li>A week with on-time follow-ups and none late adds one; this week counts as soon as it has one.</li>
 *   <li>A week with nothing judged (nothing due, only open or skipped steps: a holiday, a quiet week) neither
 *       breaks the streak nor adds to it, so a fortnight off does not undo months of habit.</li>
 * </ul>
 */
public final class HabitStreak {

    /** A step's verdict and when it was due. */
    public record Judged(Instant dueAt, OnTime.Verdict verdict) {
    }

    private HabitStreak() {
    }

    public static int weeks(List<Judged> steps, ZoneId zone, Instant now) {
        Map<LocalDate, Boolean> weekAllOnTime = new HashMap<>(); // Monday → no late step in that week
        LocalDate earliest = null;
        for (Judged step : steps) {
            if (step.verdict() != OnTime.Verdict.ON_TIME && step.verdict() != OnTime.Verdict.LATE) {
                continue;
            }
            LocalDate monday = monday(step.dueAt(), zone);
            weekAllOnTime.merge(monday, step.verdict() == OnTime.Verdict.ON_TIME, Boolean::logicalAnd);
            earliest = earliest == null || monday.isBefore(earliest) ? monday : earliest;
        }
        int streak = 0;
        for (LocalDate week = monday(now, zone); earliest != null && !week.isBefore(earliest); week = week.minusWeeks(1)) {
            Boolean onTime = weekAllOnTime.get(week);
            if (onTime == null) {
                continue; // nothing judged that week
            }
            if (!onTime) {
                break;
            }
            streak++;
        }
        return streak;
    }

    static LocalDate monday(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
