package com.followupbot.capture;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;

/**
 * A date/time expression found in a text: token span as character offsets into the ORIGINAL text
 * [start, end), and what it means. Any of the meanings may be null, never all of them.
 *
 * @param date the day named, resolved with the {@link Lean}; null when the expression names no day
 * @param time the clock time ("at 10", "15:00", "alle 3" = 15:00); null when none
 * @param after a length from now in days, weeks or months ("in 3 days", "tra due settimane", "for a week",
 *     "next week" = 7 days, "in a month" = 1 month); null when none
 * @param afterTime a length from now in hours or minutes ("2 hours", "tra 30 minuti"); null when none
 */
public record WhenPhrase(int start, int end, LocalDate date, LocalTime time, Period after, Duration afterTime) {
}
