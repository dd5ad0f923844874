package com.followupbot.capture.parsing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The date and time of the meeting from the date spans found in the head: the first date and the first
 * time win. A time without am/pm is read with the part of day ("stasera alle 8" = 20:00) and, with no
 * part of day, 1 to 6 are afternoon hours: people log business meetings, not 3 a.m. ones.
 */
record When(LocalDate date, LocalTime time, boolean clearlyPast) {
    private static final int LAST_AFTERNOON_HOUR = 6;

    static When of(Analysis a, List<DateGrammar.Span> spans) {
        LocalDate date = null;
        int[] clock = null;
        int part = 0;
        boolean past = false;
        for (DateGrammar.Span s : spans) {
            if (s.start() >= a.headEnd) {
                break;
            }
            a.use(s.start(), s.end());
            if (s.date() != null && date == null) {
                date = s.date();
                part = s.part();
                past = !s.bareWeekday();
            }
            if (s.clock() != null && clock == null) {
                clock = s.clock();
            }
        }
        return new When(date, clock == null ? null : time(clock, part), past);
    }

    /** The clock time read with the part of day (see the class comment). */
    static LocalTime time(int[] clock, int part) {
        int h = clock[0];
        int m = clock[1];
        int meridiem = clock[2];
        if (meridiem == 2 && h < 12) {
            h += 12;
        } else if (meridiem == 1 && h == 12) {
            h = 0;
        } else if (meridiem == 0 && h >= 1 && h < 12) {
            boolean laterPart = part == 2 || part == 3;
            if (laterPart || part == 0 && h <= LAST_AFTERNOON_HOUR) {
                h += 12;
            }
        }
        return LocalTime.of(h % 24, m);
    }
}
