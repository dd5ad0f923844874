package com.followupbot.capture.parsing;

import java.util.List;
import java.util.Locale;

/**
 * Writes a person's name the way the person would: "anna rossi" = "Anna Rossi", "d'angelo" =
 * "D'Angelo", "dell'acqua" = "Dell'Acqua", "de luca" = "De Luca", "van der berg" = "van der Berg",
 * "ANNA ROSSI" = "Anna Rossi". Mixed-case words the user typed on purpose ("McDonald") are kept.
 */
final class NameCase {
    private NameCase() {
    }

    /** {@code words} are the name's tokens in order; an elided token ("D'") is glued to the next one. */
    static String format(Lexicon lx, List<Token> words) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            Token w = words.get(k);
            boolean glued = k > 0 && (words.get(k - 1).elided() || w.isPunct('.')) && !w.spaceBefore();
            if (k > 0 && !glued) {
                out.append(' ');
            }
            boolean particle = k > 0 && k < words.size() - 1 && !w.elided();
            if (particle && isLowerParticle(lx, w)) {
                out.append(w.text().toLowerCase(Locale.ROOT));
            } else {
                out.append(word(w.text()));
            }
        }
        return out.toString();
    }

    private static boolean isLowerParticle(Lexicon lx, Token w) {
        return lx.particlesLower.isWord(lx.idOf(w.key()));
    }

    /** Title-cases a word written all in one case; keeps deliberate mixed case. */
    static String word(String text) {
        boolean hasLower = false;
        boolean hasUpper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hasLower |= Character.isLowerCase(c);
            hasUpper |= Character.isUpperCase(c);
        }
        boolean mixed = hasLower && hasUpper && !(Character.isUpperCase(text.charAt(0)) && lowerAfterFirst(text));
        if (mixed) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            b.appendCodePoint(start ? Character.toTitleCase(cp) : Character.toLowerCase(cp));
            start = cp == '-' || cp == '\'';
        }
        return b.toString();
    }

    private static boolean lowerAfterFirst(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
