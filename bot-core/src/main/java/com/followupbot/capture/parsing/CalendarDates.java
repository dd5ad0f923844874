package com.followupbot.capture.parsing;

import com.followupbot.capture.Lean;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Calendar dates: "3 March", "3rd of March", "March 3rd, 2026", "il 3 marzo", "3 mar", numeric "3/3",
 * "03/03/2026", "12.03.2026", "2026-03-03" (day first; month first only when day first is impossible) and
 * a day alone ("on the 4th", "il 4"). Without a year, the PAST lean takes the latest such date on or before
 * today, the FUTURE lean the first on or after today.
 */
final class CalendarDates {
    private final Lexicon lx;
    private final Words w;
    private final List<Token> t;
    private final LocalDate today;
    private final boolean ahead;

    CalendarDates(Lexicon lx, Words words, LocalDate today, Lean lean) {
        this.lx = lx;
        this.w = words;
        this.t = words.tokens;
        this.today = today;
        this.ahead = lean == Lean.FUTURE;
    }

    /**
     * "on the 4th", "il 4": the latest such day of the month on or before today (FUTURE: the first on or
     * after it). {@code leads} come before an ordinal ("the 4th"), {@code bareLeads} also before a plain number.
     */
    DateGrammar.Span dayOnly(int i, Phrases leads, Phrases bareLeads) {
        Phrases.Match lead = leads.match(w, i);
        int j = lead == null ? -1 : i + lead.length();
        if (j < 0 || j >= t.size()) {
            return null;
        }
        Token tok = t.get(j);
        int day = DateShapes.dayOfMonth(tok.key());
        boolean ordinal = tok.kind() == Token.Kind.MIXED;
        boolean bare = tok.kind() == Token.Kind.NUMBER && bareLeads.match(w, i) != null;
        if (day < 0 || !ordinal && !bare || lx.units.match(w, j + 1) != null) {
            return null;
        }
        YearMonth month = YearMonth.from(today);
        for (int k = 0; k < 12; k++, month = ahead ? month.plusMonths(1) : month.minusMonths(1)) {
            if (day <= month.lengthOfMonth() && (ahead ? !month.atDay(day).isBefore(today) : !month.atDay(day).isAfter(today))) {
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
        LocalDate date = yearless(month, day);
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
        LocalDate date = d[2] > 0 ? safeDate(d[2], month, day) : yearless(month, day);
        return date == null ? null : new DateGrammar.Span(i, i + 1, date, null, 0);
    }

    /**
     * The latest occurrence of day/month on or before today, or for the FUTURE lean the first on or after
     * it (Feb 29 looks back, or ahead, to a leap year).
     */
    private LocalDate yearless(int month, int day) {
        int step = ahead ? 1 : -1;
        for (int k = 0, year = today.getYear(); k <= 8; k++, year += step) {
            LocalDate date = safeDate(year, month, day);
            if (date != null && (ahead ? !date.isBefore(today) : !date.isAfter(today))) {
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
