package com.followupbot.capture.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Calendar dates: "3 March", "3rd of March", "March 3rd, 2026", "il 3 marzo", "3 mar", numeric "3/3",
 * "03/03/2026", "12.03.2026", "2026-03-03" (day first; month first only when day first is impossible) and
 * a day alone ("on the 4th", "il 4"). Without a year, the latest such date on or before today.
 */
final class CalendarDates {
    private final Lexicon lx;
    private final Words w;
    private final List<Token> t;
    private final LocalDate today;

    CalendarDates(Lexicon lx, Words words, LocalDate today) {
        this.lx = lx;
        this.w = words;
        this.t = words.tokens;
        this.today = today;
    }

    /** "on the 4th", "il 4": the latest such day of the month, on or before today. */
    DateGrammar.Span dayOnly(int i) {
        Phrases.Match lead = lx.dayLead.match(w, i);
        int j = lead == null ? -1 : i + lead.length();
        if (j < 0 || j >= t.size()) {
            return null;
        }
        Token tok = t.get(j);
        int day = DateShapes.dayOfMonth(tok.key());
        boolean ordinal = tok.kind() == Token.Kind.MIXED;
        boolean bare = tok.kind() == Token.Kind.NUMBER && lx.dayLeadBare.match(w, i) != null;
        if (day < 0 || !ordinal && !bare || lx.units.match(w, j + 1) != null) {
            return null;
        }
        YearMonth month = YearMonth.from(today);
        for (int k = 0; k < 12; k++, month = month.minusMonths(1)) {
            if (day <= month.lengthOfMonth() && !month.atDay(day).isAfter(today)) {
                return new DateGrammar.Span(i, j + 1, month.atDay(day), null, 0);
            }
        }
        return null;
    }

    /** "3 March", "3rd of March", "March 3rd", "3 mar 2026", "March 3, 2026". */
    DateGrammar.Span dayMonth(int i) {
        if (i >= t.size()) {
            return null;
        }
        int day = dayToken(i);
        if (day > 0) {
            int j = i + 1;
            Phrases.Match of = lx.dateOf.match(w, j);
            if (of != null && lx.months.match(w, j + of.length()) != null) {
                j += of.length();
            }
            Phrases.Match month = lx.months.match(w, j);
            return month == null ? null : withYear(i, j + month.length(), day, month.value());
        }
        Phrases.Match month = lx.months.match(w, i);
        if (month == null) {
            return null;
        }
        int j = i + month.length();
        Phrases.Match the = lx.dateOf.match(w, j);
        j += the == null ? 0 : the.length();
        day = j < t.size() ? dayToken(j) : -1;
        return day > 0 ? withYear(i, j + 1, day, month.value()) : null;
    }

    private int dayToken(int i) {
        Token tok = t.get(i);
        return tok.kind() == Token.Kind.NUMBER || tok.kind() == Token.Kind.MIXED ? DateShapes.dayOfMonth(tok.key()) : -1;
    }

    private DateGrammar.Span withYear(int start, int end, int day, int month) {
        int j = end < t.size() && t.get(end).isPunct(',') ? end + 1 : end;
        if (j < t.size() && t.get(j).kind() == Token.Kind.NUMBER && t.get(j).text().length() == 4) {
            int year = Integer.parseInt(t.get(j).text());
            LocalDate date = safeDate(year, month, day);
            return date == null ? null : new DateGrammar.Span(start, j + 1, date, null, 0);
        }
        LocalDate date = mostRecent(month, day);
        return date == null ? null : new DateGrammar.Span(start, end, date, null, 0);
    }

    /** "3/3", "03/03/2026", "12.03.2026", "2026-03-03": day first, month first only when day first is impossible. */
    DateGrammar.Span numeric(int i) {
        Token tok = t.get(i);
        int[] d = tok.kind() == Token.Kind.MIXED ? DateShapes.numericDate(tok.text()) : null;
        if (d == null) {
            return null;
        }
        int day = d[0];
        int month = d[1];
        if (month > 12 && day <= 12) {
            day = d[1];
            month = d[0];
        }
        LocalDate date = d[2] > 0 ? safeDate(d[2], month, day) : mostRecent(month, day);
        return date == null ? null : new DateGrammar.Span(i, i + 1, date, null, 0);
    }

    /** The latest occurrence of day/month on or before today (Feb 29 looks back to a leap year). */
    private LocalDate mostRecent(int month, int day) {
        for (int year = today.getYear(); year >= today.getYear() - 8; year--) {
            LocalDate date = safeDate(year, month, day);
            if (date != null && !date.isAfter(today)) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
