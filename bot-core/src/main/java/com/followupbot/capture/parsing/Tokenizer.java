package com.followupbot.capture.parsing;

import com.followupbot.capture.TextNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Properties;
import java.util.List;
import java.util.Set;

/**
 * Splits a normalised message into tokens in one linear pass: white-space chunks first (so e-mails,
 * links and multi-chunk phone numbers are recognised whole), then each chunk into words, numbers and
 * punctuation. Italian elisions are split ("all'expo" = "all'" + "expo") so the grammar sees the preposition.
 */
final class Tokenizer {
    private static final String LEADING = "([{\"<*_";
    private static final String TRAILING = ")]}\",;:!?.>*_";
    private static final String JOINERS = ".-/:_";
    private static final Properties DATA = load("/grammar/tokens.properties");
    /** Emoticons are symbols, not punctuation: ":)" must not start a note. */
    private static final Set<String> EMOTICONS = listed("emoticons");
    /** Elided words that end with an apostrophe and glue onto the next word. */
    private static final Set<String> ELISIONS = listed("elisions");
    /** The possessive ending ("'s"), split off so "Acme's CTO" reads as company + role. */
    static final String POSSESSIVE = DATA.getProperty("possessive", "'s").strip();

    private Tokenizer() {
    }

    private static Properties load(String resource) {
        try (InputStream in = Tokenizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A '|'-separated list from the shared tokenizer data (also used for number shapes in {@link DateShapes}). */
    static Set<String> listed(String key) {
        Set<String> values = new HashSet<>();
        for (String v : DATA.getProperty(key, "").split("\\|")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return Set.copyOf(values);
    }

    static List<Token> tokenize(String s) {
        List<int[]> chunks = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < s.length() && s.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                chunks.add(new int[] {start, i});
            }
        }
        List<Token> out = new ArrayList<>(chunks.size() + 8);
        PhoneReader phones = new PhoneReader(s, chunks);
        for (int c = 0; c < chunks.size(); ) {
            int used = phones.read(c, out);
            if (used > 0) {
                c += used;
                continue;
            }
            splitChunk(s, chunks.get(c)[0], chunks.get(c)[1], out);
            c++;
        }
        return out;
    }

    private static void splitChunk(String s, int start, int end, List<Token> out) {
        boolean space = start > 0;
        if (end - start <= 4 && EMOTICONS.contains(s.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
            String t = s.substring(start, end);
            out.add(new Token(Token.Kind.SYMBOL, t, t, start, end, space));
            return;
        }
        while (start < end && LEADING.indexOf(s.charAt(start)) >= 0) {
            out.add(punct(s, start, space));
            space = false;
            start++;
        }
        int coreEnd = end;
        while (coreEnd > start && TRAILING.indexOf(s.charAt(coreEnd - 1)) >= 0) {
            coreEnd--;
        }
        if (coreEnd > start) {
            String core = s.substring(start, coreEnd);
            String linkedin = ContactDetails.linkedin(core);
            if (ContactDetails.isEmail(core)) {
                String email = core.toLowerCase(java.util.Locale.ROOT);
                out.add(new Token(Token.Kind.EMAIL, email, email, start, coreEnd, space));
            } else if (linkedin != null) {
                out.add(new Token(Token.Kind.LINKEDIN, linkedin, linkedin, start, coreEnd, space));
            } else if (ContactDetails.isUrl(core)) {
                out.add(new Token(Token.Kind.URL, core, core, start, coreEnd, space));
            } else {
                splitWords(s, start, coreEnd, space, out);
            }
        }
        trailingPunct(s, Math.max(coreEnd, start), end, out);
    }

    static void trailingPunct(String s, int from, int end, List<Token> out) {
        for (int i = from; i < end; i++) {
            out.add(punct(s, i, false));
        }
    }

    private static Token punct(String s, int i, boolean space) {
        String t = String.valueOf(s.charAt(i));
        return new Token(Token.Kind.PUNCT, t, t, i, i + 1, space);
    }

    /** Word runs keep inner joiners ("co-founder", "14:30", "S.p.A", "3/3"); any other symbol is a token of its own. */
    private static void splitWords(String s, int start, int end, boolean space, List<Token> out) {
        int i = start;
        while (i < end) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (!isWordChar(cp)) {
                Token.Kind kind = cp < 128 || cp == TextNormalizer.DASH ? Token.Kind.PUNCT : Token.Kind.SYMBOL;
                String t = s.substring(i, i + len);
                out.add(new Token(kind, t, t, i, i + len, space));
                space = false;
                i += len;
                continue;
            }
            int runStart = i;
            while (i < end) {
                int c = s.codePointAt(i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if ((JOINERS.indexOf(c) >= 0 || c == '\'') && i + 1 < end && isWordChar(s.codePointAt(i + 1))) {
                    i++;
                } else if (c == '\'' && ELISIONS.contains(TextNormalizer.fold(s.substring(runStart, i)))) {
                    i++; // "all' expo" written with a space
                    break;
                } else {
                    break;
                }
            }
            addWord(s, runStart, i, space, out);
            space = false;
        }
    }

    /** Splits elisions and possessives off a word run: "dell'Acqua" = "dell'" + "Acqua", "Acme's" = "Acme" + "'s". */
    private static void addWord(String s, int start, int end, boolean space, List<Token> out) {
        while (true) { // a loop, not recursion: "l'l'l'l'..." must not grow the stack
            int apostrophe = s.indexOf('\'', start);
            if (apostrophe <= start || apostrophe >= end - 1) {
                break;
            }
            if (s.regionMatches(true, apostrophe, POSSESSIVE, 0, POSSESSIVE.length()) && end - apostrophe == POSSESSIVE.length()) {
                out.add(word(s, start, apostrophe, space));
                out.add(new Token(Token.Kind.WORD, POSSESSIVE, POSSESSIVE, apostrophe, end, false));
                return;
            }
            if (!ELISIONS.contains(TextNormalizer.fold(s.substring(start, apostrophe)))) {
                break;
            }
            out.add(word(s, start, apostrophe + 1, space));
            start = apostrophe + 1;
            space = false;
        }
        out.add(word(s, start, end, space));
    }

    private static Token word(String s, int start, int end, boolean space) {
        String text = s.substring(start, end);
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            letters |= Character.isLetter(c);
            digits |= Character.isDigit(c);
        }
        Token.Kind kind = letters && !digits ? Token.Kind.WORD : digits && !letters && isAllDigits(text) ? Token.Kind.NUMBER : Token.Kind.MIXED;
        return new Token(kind, text, TextNormalizer.fold(text), start, end, space);
    }

    private static boolean isAllDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }
}
