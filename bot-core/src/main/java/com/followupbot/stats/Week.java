package com.followupbot.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** A week as a chapter counts it: Monday to Sunday, in the user's zone. */
public record Week(LocalDate monday, ZoneId zone) {

    public Week {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday, not " + monday);
        }
    }

    /** The week {@code at} falls in. */
    public static Week of(Instant at, ZoneId zone) {
        return new Week(at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), zone);
    }

    public Week previous() {
        return new Week(monday.minusWeeks(1), zone);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public Instant start() {
        return monday.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the week: next Monday at midnight. */
    public Instant end() {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }
}
