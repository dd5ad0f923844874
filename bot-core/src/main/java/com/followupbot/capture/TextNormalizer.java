package com.followupbot.capture;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts chat text into one canonical shape before tokenizing, so the grammar never has to care
 * which keyboard or app produced it: NFC, one kind of apostrophe, quote and dash, plain spaces,
 * no control or invisible formatting characters (RTL marks, zero-width joiners).
 */
public final class TextNormalizer {
    public static final char DASH = '\u2014';

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String nfc = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            int mapped = map(cp);
            if (mapped == -1) {
                continue;
            }
            if (mapped == ' ') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(mapped);
        }
        return out.toString();
    }

    /** A normalised text and, for each of its chars, the index in the raw text it came from. */
    public record Mapped(String text, int[] origin) {
        /** The raw offsets [start, end) of the normalised range [from, to); {@code to > from}. */
        public int rawStart(int from) {
            return origin[from];
        }

        public int rawEnd(int to) {
            return origin[to - 1] + 1;
        }
    }

    /**
     * {@link #normalize} without the NFC step, keeping track of where every char came from, so that what is
     * found can be pointed at in the text as the user wrote it. NFC is not needed for the grammar (word keys
     * are folded, which drops accents however they were typed) and leaving it out keeps chars one-to-one.
     */
    public static Mapped normalizeMapped(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] origin = new int[raw.length()];
        int pendingSpace = -1;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            int mapped = map(cp);
            if (mapped == -1) {
                continue;
            }
            if (mapped == ' ') {
                pendingSpace = out.length() > 0 && pendingSpace < 0 ? at : pendingSpace;
                continue;
            }
            if (pendingSpace >= 0) {
                origin[out.length()] = pendingSpace;
                out.append(' ');
                pendingSpace = -1;
            }
            int before = out.length();
            out.appendCodePoint(mapped);
            for (int k = before; k < out.length(); k++) {
                origin[k] = at + (k - before);
            }
        }
        return new Mapped(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
    }

    /** -1 drops the code point, ' ' turns it into (collapsible) white space. */
    private static int map(int cp) {
        switch (cp) {
            case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4', '\u2032', '\u201B' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033' -> {
                return '"';
            }
            case '\u2013', '\u2014', '\u2012', '\u2015', '\u2212' -> {
                return DASH;
            }
            default -> {
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                    return ' ';
                }
                return Character.getType(cp) == Character.FORMAT ? -1 : cp;
            }
        }
    }

    /** The comparison key of a word: lower case, accents and dots removed ("Caffè" = "caffe", "S.p.A" = "spa"). */
    public static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        String base = word;
        if (!ascii) {
            String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
            StringBuilder b = new StringBuilder(decomposed.length());
            for (int i = 0; i < decomposed.length(); i++) {
                char c = decomposed.charAt(i);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    b.append(c);
                }
            }
            base = b.toString();
        }
        String lower = base.toLowerCase(Locale.ROOT);
        return lower.indexOf('.') < 0 ? lower : lower.replace(".", "");
    }

    /** {@link #normalize} in lower case, without a leading slash or trailing punctuation: how phrases are compared. */
    public static String forMatching(String text) {
        String s = normalize(text).toLowerCase(Locale.ROOT);
        if (s.startsWith("/")) {
            s = s.substring(1);
        }
        int end = s.length();
        while (end > 0 && ".!?;:,".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    /**
     * The key a name (or any short text) is matched by: lower case, accents gone, apostrophes dropped
     * ("D'Angelo" = "dangelo"), every other non-letter a single space: "Anna  Rossì!" = "anna rossi".
     */
    public static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.append(Character.toLowerCase(c));
                space = false;
            } else if (c != '\'' && c != '\u2019') {
                space = true;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** The first word of a key: "anna rossi" → "anna". */
    public static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }
}
