package com.followupbot.capture.parsing;

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
    private final CalendarDates calendar;

    DateGrammar(Lexicon lx, Words words, LocalDate today) {
        this.lx = lx;
        this.w = words;
        this.t = words.tokens;
        this.today = today;
        this.calendar = new CalendarDates(lx, words, today);
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
        Span s = core(i, false);
        return s != null ? s : calendar.dayOnly(i);
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
            s = calendar.dayMonth(i);
        }
        if (s == null) {
            s = calendar.numeric(i);
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
        Span explicit = calendar.dayMonth(j + day.length());
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
}
