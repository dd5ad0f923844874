package com.followupbot.capture;

import com.followupbot.capture.parsing.WhenGrammar;
import com.followupbot.user.Language;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one reader of dates and times for captures, snoozes and bookings: "yesterday", "martedì scorso",
 * "3 days ago", "tomorrow at 3pm", "giovedì prossimo alle 10", "il 20", "20/4", "in 3 days", "tra due
 * settimane", "2 hours", "at noon". It is the meeting parser's own grammar (words in
 * {@code /grammar/<code>.properties}), read with a {@link Lean}:
 * <ul>
 * <li>PAST (meetings, "fix date"): a bare weekday is the latest one on or before today ("Monday" said on a
 *     Monday is today), "the 4th", "3 March" and "3/3" the latest on or before today: exactly the dates the
 *     meeting parser gives.</li>
 * <li>FUTURE (snoozes, bookings): a bare weekday is the next one strictly after today ("Monday" said on a
 *     Monday is a week later); "next Thursday", "Thursday next", "giovedì prossimo" and "il prossimo giovedì"
 *     are that same coming Thursday; "this Friday" / "questo venerdì" is the Friday on or after today; "the
 *     20th", "20 April", "20/4" the first such date on or after today.</li>
 * </ul>
 * Words with a direction of their own mean the same in both leans ("tomorrow" is tomorrow, "last Tuesday"
 * is behind). A bare hour without am/pm follows the meeting rule: 1 to 6 are afternoon hours, 7 to 12
 * morning ones ("at 10" = 10:00, "alle 3" = 15:00); "this evening at 8" = 20:00.
 *
 * <p>Thread-safe and shareable: the grammars are loaded once per JVM.
 */
public final class WhenReader {
    /** The time {@link #moment} gives a day named without a clock time. */
    public static final LocalTime DAY_WITHOUT_TIME = LocalTime.of(9, 0);

    private static final WhenReader STANDARD = new WhenReader();

    private WhenReader() {
    }

    public static WhenReader standard() {
        return STANDARD;
    }

    /** Every expression in the text, left to right, with offsets into {@code text} as given. */
    public List<WhenPhrase> find(String text, Language language, ZonedDateTime now, Lean lean) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(lean, "lean");
        return WhenGrammar.find(text, language, now.toLocalDate(), lean);
    }

    /**
     * The moment the text names, in now's zone. The first phrase naming a day (a date or a length) and the
     * first clock time make it:
     * <ul>
     * <li>date and time: that local date-time (in a DST gap it moves forward by the gap's length, in an
     *     overlap the earlier offset is taken, as {@link ZonedDateTime#of} does);</li>
     * <li>a date alone: that date at {@link #DAY_WITHOUT_TIME 09:00} (callers that need another default,
     *     such as the start of the working day, use {@link #find} and look at {@code time == null});</li>
     * <li>a time alone: FUTURE today if still ahead of now, else tomorrow; PAST today if not after now, else
     *     yesterday;</li>
     * <li>a length: now plus it ("in 3 days" keeps the wall-clock time across a DST change, "in 24 hours" is
     *     exactly 24 hours); with a clock time too, that time on the day the length reaches ("in 2 days at 10").</li>
     * </ul>
     * Empty when the text names no day, time or length.
     */
    public Optional<ZonedDateTime> moment(String text, Language language, ZonedDateTime now, Lean lean) {
        WhenPhrase day = null;
        LocalTime time = null;
        for (WhenPhrase p : find(text, language, now, lean)) {
            if (day == null && (p.date() != null || p.after() != null || p.afterTime() != null)) {
                day = p;
            }
            if (time == null) {
                time = p.time();
            }
        }
        if (day == null && time == null) {
            return Optional.empty();
        }
        if (day == null) {
            LocalDate today = now.toLocalDate();
            boolean ahead = time.isAfter(now.toLocalTime());
            LocalDate date = lean == Lean.FUTURE ? (ahead ? today : today.plusDays(1)) : (ahead ? today.minusDays(1) : today);
            return Optional.of(ZonedDateTime.of(date, time, now.getZone()));
        }
        if (day.date() != null) {
            return Optional.of(ZonedDateTime.of(day.date(), time != null ? time : DAY_WITHOUT_TIME, now.getZone()));
        }
        ZonedDateTime later = now;
        later = day.after() != null ? later.plus(day.after()) : later;
        later = day.afterTime() != null ? later.plus(day.afterTime()) : later;
        return Optional.of(time == null ? later : ZonedDateTime.of(later.toLocalDate(), time, now.getZone()));
    }
}
