package com.followupbot.capture.parsing;

import java.util.List;

/**
 * The working state of one parse: the tokens, which of them are already explained (verb, dates,
 * people...), and where the head of the message ends and the free-text note begins. The readers
 * (people, event, note) share it so nothing is read twice.
 */
final class Analysis {
    final Lexicon lx;
    final List<Token> t;
    /** The same tokens as word ids of {@link #lx}. */
    final Words words;
    final String text;
    final boolean[] used;
    /** Tokens at or after this index belong to the note and are not grammar. */
    int headEnd;

    Analysis(Lexicon lx, Words words, String text) {
        this.lx = lx;
        this.words = words;
        this.t = words.tokens;
        this.text = text;
        this.used = new boolean[t.size()];
        this.headEnd = t.size();
    }

    Token tok(int i) {
        return t.get(i);
    }

    /** Inside the head and not yet explained. */
    boolean free(int i) {
        return i >= 0 && i < headEnd && !used[i];
    }

    void use(int from, int to) {
        for (int i = Math.max(0, from); i < to && i < used.length; i++) {
            used[i] = true;
        }
    }

    int skipUsed(int i) {
        while (i < headEnd && used[i]) {
            i++;
        }
        return i;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < headEnd && t.get(i).isPunct(c);
    }

    Phrases.Match match(Phrases p, int i) {
        return i < headEnd && !used[i] ? p.match(words, i, headEnd) : null;
    }

    /** The text as written between token {@code from} and token {@code to} (exclusive). */
    String span(int from, int to) {
        return text.substring(t.get(from).start(), t.get(to - 1).end());
    }

    /** An article, preposition, pronoun...: never a name or the start of a company. */
    boolean function(int i) {
        return lx.isFunction(words.ids[i]);
    }

    /** Any word the grammar knows. */
    boolean vocab(int i) {
        return lx.isVocabulary(words.ids[i]);
    }

    /** A role word that the grammar knows in no other way ("baker", "notaio"; not "lead" or "capo"). */
    boolean roleOnly(int i) {
        return lx.isRoleOnly(words.ids[i]);
    }

    boolean isLegalSuffix(int i) {
        return match(lx.legalSuffixes, i) != null;
    }

    /** A word that may be part of a person's name; {@code capital} requires an upper-case initial. */
    boolean nameWord(int i, Boolean capital) {
        if (!free(i)) {
            return false;
        }
        Token w = t.get(i);
        if (!w.isWord() || w.elided() || function(i) || lx.isDetailLabel(words.ids[i])) {
            return false;
        }
        boolean cap = w.capitalized();
        if (capital != null && cap != capital) {
            return false;
        }
        if (!cap && vocab(i)) {
            return false;
        }
        return !(cap && isAcronymRole(i));
    }

    /** "CEO", "CTO", "HR": an all-capitals role word is never a name. */
    boolean isAcronymRole(int i) {
        return t.get(i).allCaps() && match(lx.roles, i) != null;
    }
}
