package com.followupbot.capture.parsing;

import com.followupbot.capture.Lean;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds dates and times: relative days, "N days ago", weekdays, day + month names, numeric dates (day
 * first) and clock times (in {@link TimeGrammar}). Works on LocalDate only, so midnight and DST changes
 * cannot shift a day.
 *
 * <p>The {@link Lean} decides only what direction leaves open: a bare weekday, a day of the month, a day
 * and month without a year, "this Friday". PAST (meetings being logged) reads them backwards, FUTURE
 * (snoozes, bookings) forwards. Words that carry their own direction are read as they say in either lean:
 * "yesterday", "last Tuesday" and "3 days ago" are behind, "tomorrow", "next Thursday" and "in 3 days" ahead.
 *
 * <p>{@code plans} turns on the words that only speak of later: days ahead ("tomorrow"), "next Thursday",
 * "this Friday", "until Monday" and lengths ("in 3 days", "2 hours"). The meeting grammar leaves them off:
 * for a meeting they are the cues of a plan ({@link NoteFinder} reads them from {@code future.cues}), so
 * reading them as dates would hide them; its dates are then exactly the PAST lean's.
 */
final class DateGrammar {
    /**
     * A date, time or length found at tokens [start, end); part is 0 none, 1 morning, 2 afternoon, 3 evening.
     * {@code bareWeekday}: "on Friday" could also be a plan, so it alone does not make "meeting Anna" past.
     * {@code after}/{@code afterTime}: a length from now ("in 3 days", "2 hours"), only when reading plans.
     */
    record Span(int start, int end, LocalDate date, int[] clock, int part, boolean bareWeekday, Period after,
            Duration afterTime) {
        Span(int start, int end, LocalDate date, int[] clock, int part, boolean bareWeekday) {
            this(start, end, date, clock, part, bareWeekday, null, null);
        }

        Span(int start, int end, LocalDate date, int[] clock, int part) {
            this(start, end, date, clock, part, false);
        }
    }

    private static final int MONTH_IN_DAYS = 30;

    private final Lexicon lx;
    private final Words w;
    private final List<Token> t;
    private final LocalDate today;
    private final Lean lean;
    private final boolean plans;
    private final CalendarDates calendar;
    private final TimeGrammar times;

    /** The meeting grammar: PAST lean, plan words left to the plan cues. */
    DateGrammar(Lexicon lx, Words words, LocalDate today) {
        this(lx, words, today, Lean.PAST, false);
    }

    DateGrammar(Lexicon lx, Words words, LocalDate today, Lean lean, boolean plans) {
        this.lx = lx;
        this.w = words;
        this.t = words.tokens;
        this.today = today;
        this.lean = lean;
        this.plans = plans;
        this.calendar = new CalendarDates(lx, words, today, lean);
        this.times = new TimeGrammar(lx, words);
    }

    /** Every date or time expression, left to right, skipping tokens already used (the verb). */
    List<Span> scan(boolean[] used) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Span s = used[i] ? null : times.at(i);
            if (s == null && !used[i]) {
                s = dateAt(i);
            }
            if (s == null && !used[i] && plans) {
                s = length(i);
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
        Span until = plans ? until(i) : null;
        if (until != null) {
            return until;
        }
        Span s = core(i, false);
        return s != null ? s : calendar.dayOnly(i, lx.dayLead, lx.dayLeadBare);
    }

    /** "until Monday", "till the 20th", "fino a lunedì", "a domani", "al 20": the lead goes with the day. */
    private Span until(int i) {
        Phrases.Match lead = lx.until.match(w, i);
        if (lead == null) {
            return null;
        }
        int j = i + lead.length();
        Span s = core(j, true);
        if (s == null) {
            s = calendar.dayOnly(j, lx.dayLead, lx.dayLeadBare);
        }
        if (s == null) {
            s = calendar.dayOnly(i, lx.untilBare, lx.untilBare);
        }
        return s == null ? null : new Span(i, s.end(), s.date(), null, s.part(), s.bareWeekday());
    }

    private Span core(int i, boolean led) {
        if (i >= t.size()) {
            return null;
        }
        Phrases.Match rel = lx.relativeDays.match(w, i);
        Phrases.Match ahead = plans ? lx.aheadDays.match(w, i) : null;
        if (ahead != null && (rel == null || ahead.length() > rel.length())) {
            return withPart(i, i + ahead.length(), today.plusDays(ahead.value() / 10), ahead.value() % 10);
        }
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

    /** {n, index after the number} for "3", "three", "a couple of"; null when no count starts at i. */
    private int[] count(int i) {
        if (i >= t.size()) {
            return null;
        }
        Token first = t.get(i);
        if (first.kind() == Token.Kind.NUMBER && first.text().length() <= 3) {
            return new int[] {Integer.parseInt(first.text()), i + 1};
        }
        Phrases.Match num = lx.numbers.match(w, i);
        return num == null ? null : new int[] {num.value(), i + num.length()};
    }

    /** "2 days ago", "two weeks ago", "una settimana fa", "3 giorni fa". */
    private Span ago(int i) {
        int[] count = count(i);
        if (count == null) {
            return null;
        }
        int n = count[0];
        int j = count[1];
        Phrases.Match unit = lx.units.match(w, j);
        Phrases.Match ago = unit == null ? null : lx.ago.match(w, j + unit.length());
        if (ago == null) {
            return null;
        }
        LocalDate date = unit.value() == MONTH_IN_DAYS ? today.minusMonths(n) : today.minusDays((long) n * unit.value());
        return new Span(i, j + unit.length() + ago.length(), date, null, 0);
    }

    /**
     * A length from now: "in 3 days", "tra 2 settimane", "for a week", "di 3 giorni", "3 days", "2 hours",
     * "next week" (7 days). Days, weeks and months are a {@link Period}, hours and minutes a {@link Duration}.
     */
    private Span length(int i) {
        Phrases.Match fixed = lx.lengths.match(w, i);
        if (fixed != null) {
            return new Span(i, i + fixed.length(), null, null, 0, false, period(1, fixed.value()), null);
        }
        Phrases.Match lead = lx.lengthLead.match(w, i);
        int[] count = count(lead == null ? i : i + lead.length());
        if (count == null || count[0] <= 0) {
            return null;
        }
        int j = count[1];
        Phrases.Match clockUnit = lx.timeUnits.match(w, j);
        Phrases.Match dayUnit = clockUnit == null ? lx.units.match(w, j) : null;
        if (clockUnit == null && (dayUnit == null || dayUnit.value() == 0)) {
            return null;
        }
        int end = j + (clockUnit != null ? clockUnit : dayUnit).length();
        if (lx.ago.match(w, end) != null) {
            return null; // "2 hours ago" is behind, not a length
        }
        return clockUnit != null
                ? new Span(i, end, null, null, 0, false, null, Duration.ofMinutes((long) count[0] * clockUnit.value()))
                : new Span(i, end, null, null, 0, false, period(count[0], dayUnit.value()), null);
    }

    private static Period period(int n, int unitDays) {
        return unitDays == MONTH_IN_DAYS ? Period.ofMonths(n) : Period.ofDays(n * unitDays);
    }

    /**
     * "Tuesday", "last Tuesday", "martedì scorso", "lo scorso martedì", "martedì 3 marzo"; with plans also
     * "next Thursday", "giovedì prossimo", "il prossimo giovedì", "this Friday", "questo venerdì".
     */
    private Span weekday(int i, boolean led) {
        Phrases.Match before = lx.lastBefore.match(w, i);
        Phrases.Match next = plans && before == null ? lx.nextBefore.match(w, i) : null;
        Phrases.Match thisOne = plans && before == null && next == null ? lx.dateThis.match(w, i) : null;
        Phrases.Match lead = before != null ? before : next != null ? next : thisOne;
        int j = lead == null ? i : i + lead.length();
        Phrases.Match day = lx.weekdays.match(w, j);
        if (day == null) {
            return null;
        }
        Span explicit = calendar.dayMonth(j + day.length());
        if (explicit != null) {
            return new Span(i, explicit.end(), explicit.date(), null, 0);
        }
        boolean abbreviated = t.get(j).key().length() <= 4;
        if (abbreviated && lead == null && !led && !(plans && times.at(j + day.length()) != null)) {
            return null; // "Dom", "Sat" alone are more likely names or words; "ven 15:00" is a day
        }
        int end = j + day.length();
        Phrases.Match after = lx.lastAfter.match(w, end);
        Phrases.Match nextAfter = plans && lead == null && after == null ? lx.nextAfter.match(w, end) : null;
        boolean last = before != null || after != null;
        boolean coming = next != null || nextAfter != null;
        end += after != null ? after.length() : nextAfter != null ? nextAfter.length() : 0;
        int back = (today.getDayOfWeek().getValue() - day.value() + 7) % 7;
        int ahead = (day.value() - today.getDayOfWeek().getValue() + 7) % 7;
        LocalDate date;
        if (last) {
            date = today.minusDays(back == 0 ? 7 : back);
        } else if (coming || lean == Lean.FUTURE && thisOne == null) {
            date = today.plusDays(ahead == 0 ? 7 : ahead); // "Monday" said on a Monday is a week later
        } else if (lean == Lean.FUTURE) {
            date = today.plusDays(ahead); // "this Friday" said on a Friday is today
        } else {
            date = today.minusDays(back);
        }
        return new Span(i, end, date, null, 0, !last && !coming);
    }
}
