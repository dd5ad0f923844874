package com.followupbot.capture;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the "when" of a meeting: relative days, "N days ago", weekdays (resolved backwards: a meeting
 * being logged is in the past), day + month names, numeric dates (day first) and clock times.
 * Works on LocalDate only, so midnight and DST changes cannot shift a day. Times are in {@link TimeGrammar}.
 */
final class DateGrammar {
    /**
     * A date or time found at tokens [start, end); part is 0 none, 1 morning, 2 afternoon, 3 evening.
     * {@code bareWeekday}: "on Friday" could also be a plan, so it alone does not make "meeting Anna" past.
     */
    record Span(int start, int end, LocalDate date, int[] clock, int part, boolean bareWeekday) {
        Span(int start, int end, LocalDate date, int[] clock, int part) {
            this(start, end, date, clock, part, false);
        }
    }

    private final Lexicon lx;
    private final Words w;
    private final List<Token> t;
    private final LocalDate today;

    DateGrammar(Lexicon lx, Words words, LocalDate today) {
        this.lx = lx;
        this.w = words;
        this.t = words.tokens;
        this.today = today;
    }

    /** Every date or time expression, left to right, skipping tokens already used (the verb). */
    List<Span> scan(boolean[] used) {
        List<Span> spans = new ArrayList<>();
        TimeGrammar times = new TimeGrammar(lx, w);
        int i = 0;
        while (i < t.size()) {
            Span s = used[i] ? null : times.at(i);
            if (s == null && !used[i]) {
                s = dateAt(i);
            }
            if (s != null) {
                spans.add(s);
                i = s.end();
            } else {
                i++;
            }
        }
        return spans;
    }

    private Span dateAt(int i) {
        Phrases.Match lead = lx.dateLead.match(w, i);
        if (lead != null) {
            Span s = core(i + lead.length(), true);
            if (s != null) {
                return new Span(i, s.end(), s.date(), null, s.part(), s.bareWeekday());
            }
        }
        return core(i, false);
    }

    private Span core(int i, boolean led) {
        if (i >= t.size()) {
            return null;
        }
        Phrases.Match rel = lx.relativeDays.match(w, i);
        if (rel != null) {
            return withPart(i, i + rel.length(), today.minusDays(rel.value() / 10), rel.value() % 10);
        }
        Span s = ago(i);
        if (s == null) {
            s = weekday(i, led);
        }
        if (s == null) {
            s = dayMonth(i);
        }
        if (s == null) {
            s = numeric(i);
        }
        if (s == null) {
            return null;
        }
        Span p = withPart(s.start(), s.end(), s.date(), s.part());
        return new Span(p.start(), p.end(), p.date(), null, p.part(), s.bareWeekday());
    }

    /** "yesterday" + "evening", "martedì" + "sera": a part of day right after the date. */
    private Span withPart(int start, int end, LocalDate date, int part) {
        Phrases.Match p = part == 0 ? lx.dayParts.match(w, end) : null;
        return p == null ? new Span(start, end, date, null, part) : new Span(start, end + p.length(), date, null, p.value());
    }

    /** "2 days ago", "two weeks ago", "una settimana fa", "3 giorni fa". */
    private Span ago(int i) {
        int n;
        int j;
        Token first = t.get(i);
        if (first.kind() == Token.Kind.NUMBER && first.text().length() <= 3) {
            n = Integer.parseInt(first.text());
            j = i + 1;
        } else {
            Phrases.Match num = lx.numbers.match(w, i);
            if (num == null) {
                return null;
            }
            n = num.value();
            j = i + num.length();
        }
        Phrases.Match unit = lx.units.match(w, j);
        Phrases.Match ago = unit == null ? null : lx.ago.match(w, j + unit.length());
        if (ago == null) {
            return null;
        }
        LocalDate date = unit.value() == 30 ? today.minusMonths(n) : today.minusDays((long) n * unit.value());
        return new Span(i, j + unit.length() + ago.length(), date, null, 0);
    }

    /** "Tuesday", "last Tuesday", "martedì scorso", "lo scorso martedì", "martedì 3 marzo". */
    private Span weekday(int i, boolean led) {
        Phrases.Match before = lx.lastBefore.match(w, i);
        int j = before == null ? i : i + before.length();
        Phrases.Match day = lx.weekdays.match(w, j);
        if (day == null) {
            return null;
        }
        Span explicit = dayMonth(j + day.length());
        if (explicit != null) {
            return new Span(i, explicit.end(), explicit.date(), null, 0);
        }
        boolean abbreviated = t.get(j).key().length() <= 4;
        if (abbreviated && before == null && !led) {
            return null; // "Dom", "Sat" alone are more likely names or words
        }
        int end = j + day.length();
        Phrases.Match after = lx.lastAfter.match(w, end);
        boolean last = before != null || after != null;
        end += after == null ? 0 : after.length();
        int back = (today.getDayOfWeek().getValue() - day.value() + 7) % 7;
        if (back == 0 && last) {
            back = 7;
        }
        return new Span(i, end, today.minusDays(back), null, 0, !last);
    }

    /** "3 March", "3rd of March", "March 3rd", "3 mar 2026", "March 3, 2026". */
    private Span dayMonth(int i) {
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

    private Span withYear(int start, int end, int day, int month) {
        int j = end < t.size() && t.get(end).isPunct(',') ? end + 1 : end;
        if (j < t.size() && t.get(j).kind() == Token.Kind.NUMBER && t.get(j).text().length() == 4) {
            int year = Integer.parseInt(t.get(j).text());
            LocalDate date = safeDate(year, month, day);
            return date == null ? null : new Span(start, j + 1, date, null, 0);
        }
        LocalDate date = mostRecent(month, day);
        return date == null ? null : new Span(start, end, date, null, 0);
    }

    /** "3/3", "03/03/2026", "12.03.2026", "2026-03-03": day first, month first only when day first is impossible. */
    private Span numeric(int i) {
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
        return date == null ? null : new Span(i, i + 1, date, null, 0);
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
