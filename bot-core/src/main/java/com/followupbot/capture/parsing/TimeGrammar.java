package com.followupbot.capture.parsing;

import java.util.List;
import java.util.Locale;

/**
 * Clock times: "at 9", "at 9am", "at 9 pm", "at 14:30", "alle 9.30", "alle ore 15", "14:30", "at noon".
 * A bare number needs a time preposition; "9am" or "14:30" stand alone. Whether 3 means 15:00 is
 * decided later, when the part of day ("this afternoon", "ieri sera") is known.
 */
final class TimeGrammar {
    private final Lexicon lx;
    private final Words w;
    private final List<Token> t;

    TimeGrammar(Lexicon lx, Words words) {
        this.lx = lx;
        this.w = words;
        this.t = words.tokens;
    }

    DateGrammar.Span at(int i) {
        Phrases.Match prep = lx.timePreps.match(w, i);
        if (prep != null) {
            DateGrammar.Span s = clock(i, i + prep.length(), true);
            if (s != null) {
                return s;
            }
        }
        return clock(i, i, false);
    }

    private DateGrammar.Span clock(int start, int j, boolean prepared) {
        if (j >= t.size()) {
            return null;
        }
        Phrases.Match word = lx.timeWords.match(w, j);
        if (word != null) {
            return new DateGrammar.Span(start, j + word.length(), null, new int[] {word.value(), 0, 0}, 0);
        }
        Token tok = t.get(j);
        if (tok.kind() != Token.Kind.NUMBER && tok.kind() != Token.Kind.MIXED) {
            return null;
        }
        String lower = tok.text().toLowerCase(Locale.ROOT);
        int[] c = DateShapes.clock(lower);
        if (c == null || DateShapes.numericDate(tok.text()) != null) {
            return null;
        }
        int end = j + 1;
        int meridiem = c[2];
        if (meridiem == 0) {
            Phrases.Match am = lx.timeAm.match(w, end);
            Phrases.Match pm = lx.timePm.match(w, end);
            if (pm != null && (am == null || pm.length() >= am.length())) {
                meridiem = 2;
                end += pm.length();
            } else if (am != null) {
                meridiem = 1;
                end += am.length();
            }
        }
        boolean explicit = meridiem != 0 || lower.indexOf(':') > 0 || lower.indexOf('.') > 0;
        if (!prepared && !explicit) {
            return null;
        }
        if (meridiem == 0 && (followedByDateWord(end) || c[0] > 24)) {
            return null; // "at 3 March" is a date, "at 2 days ago" is not a time
        }
        if (meridiem != 0 && c[0] > 12) {
            return null;
        }
        return new DateGrammar.Span(start, end, null, c.length == 3 ? new int[] {c[0], c[1], meridiem} : c, 0);
    }

    private boolean followedByDateWord(int i) {
        return lx.months.match(w, i) != null || lx.units.match(w, i) != null;
    }
}
