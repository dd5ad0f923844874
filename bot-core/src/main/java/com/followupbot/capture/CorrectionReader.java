package com.followupbot.capture;

import com.followupbot.capture.internal.CorrectionGrammar;
import com.followupbot.capture.TextNormalizer;
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
        String cased = TextNormalizer.normalize(text);
        for (CorrectionGrammar grammar : grammars) {
            Optional<Correction> found = read(grammar, cased, expectingOne);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Correction> read(CorrectionGrammar grammar, String cased, boolean expectingOne) {
        Cursor cursor = new Cursor(cased);
        boolean led = cursor.skipAny(grammar.leads());
        if (!led && !expectingOne) {
            return Optional.empty();
        }
        cursor.skipAny(grammar.leads());
        cursor.skipAll(grammar.fillers());
        Optional<Correction> direct = field(grammar, cursor, null);
        if (direct.isPresent()) {
            return direct;
        }
        // "fix Tom surname Baker", "correggi Tom azienda Initech": up to three words of a name first
        Cursor person = cursor.copy();
        for (int words = 1; words <= MAX_PERSON_WORDS && person.skipWord(); words++) {
            Cursor rest = person.copy();
            rest.skipAll(grammar.fillers());
            String who = cursor.between(person);
            Optional<Correction> found = field(grammar, rest, grammar.pronouns().contains(who.toLowerCase(java.util.Locale.ROOT)) ? null : who);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static final int MAX_PERSON_WORDS = 3;

    private static Optional<Correction> field(CorrectionGrammar grammar, Cursor cursor, String person) {
        for (var entry : grammar.fields().entrySet()) {
            for (String word : entry.getValue()) {
                Cursor attempt = cursor.copy();
                if (attempt.skip(word)) {
                    attempt.skipAll(grammar.fillers());
                    String value = attempt.rest();
                    if (!value.isEmpty()) {
                        return Optional.of(new Correction(entry.getKey(), value, person));
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

        /** Skips one word and the spaces after it; false at the end. */
        boolean skipWord() {
            int start = at;
            while (at < text.length() && text.charAt(at) != ' ' && text.charAt(at) != ',') {
                at++;
            }
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ',')) {
                at++;
            }
            return at > start;
        }

        /** The text from this cursor to {@code later}, trimmed. */
        String between(Cursor later) {
            return text.substring(at, later.at).replace(",", " ").strip();
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
