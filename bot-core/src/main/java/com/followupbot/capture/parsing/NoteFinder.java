package com.followupbot.capture.parsing;

import com.followupbot.capture.TextNormalizer;

import java.util.List;

/**
 * Splits a message into head (who, where, when) and note (what to remember). The note starts after a
 * separator ("—", " - ", ":", ";", a full stop), after a label ("note:", "nota:"), at a cue that begins
 * a remark ("needs", "wants", "looking for", "cerca", "vuole", "ha bisogno di"), at a subject pronoun
 * ("she", "lui"), at a plan for later ("will call her", "domani"), or after a comma followed by a comment
 * word (", great chat"). Searching starts after
 * the capture verb, so "Yesterday: met Anna" keeps its head.
 */
final class NoteFinder {
    /** headEnd: first token not in the head; noteStart: first token of the note, or -1; plan: not a capture. */
    record Split(int headEnd, int noteStart, boolean plan) {
        Split(int headEnd, int noteStart) {
            this(headEnd, noteStart, false);
        }
    }

    private final Lexicon lx;
    private final Words w;
    private final List<Token> t;
    private final boolean[] used;
    private final boolean[] inDate;

    NoteFinder(Lexicon lx, Words words, boolean[] used, List<DateGrammar.Span> dates) {
        this.lx = lx;
        this.w = words;
        this.t = words.tokens;
        this.used = used;
        this.inDate = new boolean[t.size()];
        for (DateGrammar.Span s : dates) {
            for (int i = s.start(); i < s.end(); i++) {
                inDate[i] = true;
            }
        }
    }

    Split find(int from) {
        int depth = 0;
        for (int i = Math.max(from, 1); i < t.size(); i++) {
            if (used[i] || inDate[i]) {
                continue;
            }
            Token tok = t.get(i);
            if (tok.isPunct('(')) {
                depth++;
            } else if (tok.isPunct(')')) {
                depth = Math.max(0, depth - 1);
            }
            if (depth > 0) {
                continue;
            }
            if (i == from) {
                continue; // the first word after the verb is the person, never a remark
            }
            if (isSeparator(i)) {
                return new Split(i, afterLabel(i + 1));
            }
            Phrases.Match label = lx.noteLabels.match(w, i);
            if (label != null && i + label.length() < t.size() && isLabelEnd(i + label.length())) {
                int start = i + label.length() + 1;
                return new Split(i, start < t.size() ? start : -1);
            }
            boolean lower = !t.get(i).capitalized();
            if (lx.noteCues.match(w, i) != null || lower && (lx.notePronouns.match(w, i) != null || lx.futureVerbs.match(w, i) != null)) {
                return new Split(headEndBefore(i), i);
            }
            if (lower && lx.futureCues.match(w, i) != null) {
                int comma = lastComma(from, i);
                return comma < 0 ? new Split(i, -1, true) : new Split(comma, comma + 1);
            }
            if (tok.isPunct(',') && i + 1 < t.size() && lx.noteAfterComma.match(w, i + 1) != null) {
                return new Split(i, i + 1);
            }
        }
        return new Split(t.size(), -1);
    }

    /** ". Note: call her": a label right after a separator is not part of the note. */
    private int afterLabel(int i) {
        if (i >= t.size()) {
            return -1;
        }
        Phrases.Match label = lx.noteLabels.match(w, i);
        int end = label == null ? i : i + label.length();
        return label != null && end < t.size() && isLabelEnd(end) ? (end + 1 < t.size() ? end + 1 : -1) : i;
    }

    /** The last comma of the head before {@code i}: "met Anna yesterday, seeing her tomorrow". */
    private int lastComma(int from, int i) {
        for (int k = i - 1; k > from; k--) {
            if (!used[k] && !inDate[k] && t.get(k).isPunct(',')) {
                return k;
            }
        }
        return -1;
    }

    /** "who needs", "che cerca", ", wants": the relative word goes with neither head nor note. */
    private int headEndBefore(int i) {
        int h = i;
        while (h - 1 >= 0 && !used[h - 1] && lx.noteRelatives.match(w, h - 1) != null) {
            h--;
        }
        return h;
    }

    private boolean isLabelEnd(int i) {
        Token tok = t.get(i);
        return tok.isPunct(':') || tok.isPunct('-') || tok.isPunct(TextNormalizer.DASH);
    }

    private boolean isSeparator(int i) {
        Token tok = t.get(i);
        if (tok.kind() != Token.Kind.PUNCT) {
            return false;
        }
        boolean more = i + 1 < t.size();
        if (more && (t.get(i + 1).isDetail() || lx.detailLabels.match(w, i + 1) != null && detailSoon(i + 2))
                || i > 0 && t.get(i - 1).isDetail()) {
            return false; // "— anna@acme.com —" sets a contact detail off, it is not a note
        }
        char c = tok.text().charAt(0);
        return switch (c) {
            case TextNormalizer.DASH, ';', '|' -> true;
            case '-' -> tok.spaceBefore() && (!more || t.get(i + 1).spaceBefore());
            case ':' -> !(i > 0 && lx.detailLabels.match(w, i - 1) != null) && !(more && t.get(i + 1).isDetail());
            case '.', '!', '?' -> more && t.get(i + 1).spaceBefore() && !abbreviation(i - 1);
            default -> false;
        };
    }

    private boolean detailSoon(int i) {
        for (int k = i; k < t.size() && k < i + 3; k++) {
            if (t.get(k).isDetail()) {
                return true;
            }
        }
        return false;
    }

    /** "Dr.", "S.p.A.", "Inc.", "J." do not end a sentence. */
    private boolean abbreviation(int i) {
        if (i < 0) {
            return false;
        }
        Token prev = t.get(i);
        return prev.isWord() && prev.text().length() == 1 || lx.honorifics.match(w, i) != null || lx.legalSuffixes.match(w, i) != null
                || lx.roleCompanyPreps.match(w, i) != null;
    }
}
