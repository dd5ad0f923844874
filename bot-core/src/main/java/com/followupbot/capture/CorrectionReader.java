package com.followupbot.capture;

import com.followupbot.capture.internal.CorrectionGrammar;
import com.followupbot.capture.internal.TextNormalizer;
import com.followupbot.user.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads corrections ("fix company Acme Srl", "no, her surname is Bianchi", "correggi azienda Beta")
 * and yes/no answers, from the per-language grammar files.
 */
public final class CorrectionReader {

    private final List<CorrectionGrammar> grammars;

    private CorrectionReader(List<CorrectionGrammar> grammars) {
        this.grammars = grammars;
    }

    public static CorrectionReader standard() {
        return new CorrectionReader(Arrays.stream(Language.values()).map(CorrectionGrammar::load).toList());
    }

    /**
     * A correction in {@code text}. Without {@code expectingOne} (the user did not press Fix) the
     * message must start with a lead word ("no", "fix", "correggi"), so ordinary sentences are not
     * taken for corrections.
     */
    public Optional<Correction> read(String text, boolean expectingOne) {
        String cased = TextNormalizer.clean(text);
        for (CorrectionGrammar grammar : grammars) {
            Optional<Correction> found = read(grammar, cased, expectingOne);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public boolean isYes(String text) {
        String t = TextNormalizer.forMatching(text);
        return grammars.stream().anyMatch(g -> g.yes().contains(t));
    }

    public boolean isNo(String text) {
        String t = TextNormalizer.forMatching(text);
        return grammars.stream().anyMatch(g -> g.no().contains(t));
    }

    private static Optional<Correction> read(CorrectionGrammar grammar, String cased, boolean expectingOne) {
        Cursor cursor = new Cursor(cased);
        boolean led = cursor.skipAny(grammar.leads());
        if (!led && !expectingOne) {
            return Optional.empty();
        }
        cursor.skipAny(grammar.leads());
        cursor.skipAll(grammar.fillers());
        for (var entry : grammar.fields().entrySet()) {
            for (String word : entry.getValue()) {
                Cursor attempt = cursor.copy();
                if (attempt.skip(word)) {
                    attempt.skipAll(grammar.fillers());
                    String value = attempt.rest();
                    if (!value.isEmpty()) {
                        return Optional.of(new Correction(entry.getKey(), value));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Walks through the text word by word, matching phrases case-insensitively at word boundaries. */
    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text) {
            this(text, 0);
        }

        private Cursor(String text, int at) {
            this.text = text;
            this.at = at;
        }

        Cursor copy() {
            return new Cursor(text, at);
        }

        boolean skip(String phrase) {
            String rest = text.substring(at).toLowerCase(java.util.Locale.ROOT);
            if (!rest.startsWith(phrase)) {
                return false;
            }
            int end = at + phrase.length();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))) {
                return false;
            }
            at = end;
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ',' || text.charAt(at) == ':')) {
                at++;
            }
            return true;
        }

        boolean skipAny(List<String> phrases) {
            return phrases.stream().anyMatch(this::skip);
        }

        void skipAll(List<String> phrases) {
            boolean more = true;
            while (more) {
                more = skipAny(phrases);
            }
        }

        String rest() {
            String rest = text.substring(at).strip();
            while (!rest.isEmpty() && ".!".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
                rest = rest.substring(0, rest.length() - 1).strip();
            }
            return rest;
        }
    }
}
