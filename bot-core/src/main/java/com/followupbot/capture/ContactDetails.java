package com.followupbot.capture;

import java.util.List;
import java.util.Locale;

/**
 * Recognises e-mail addresses, LinkedIn links and phone numbers in raw chunks of text (white-space
 * separated), before the chunk is split into words: "+39 333 123 4567" spans several chunks.
 * Everything here is a single left-to-right scan; no regular expressions.
 */
final class ContactDetails {
    private static final int MAX_PHONE_CHUNKS = 6;

    private ContactDetails() {
    }

    static boolean isEmail(String core) {
        int at = core.indexOf('@');
        if (at <= 0 || at != core.lastIndexOf('@')) {
            return false;
        }
        int dot = core.lastIndexOf('.');
        if (dot < at + 2 || dot >= core.length() - 1) {
            return false;
        }
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || "._%+-@".indexOf(c) >= 0);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** "https://www.LinkedIn.com/in/anna-rossi/" gives "linkedin.com/in/anna-rossi"; null when not a LinkedIn link. */
    static String linkedin(String core) {
        int at = core.toLowerCase(Locale.ROOT).indexOf("linkedin.com/");
        if (at < 0) {
            return null;
        }
        String path = core.substring(at + "linkedin.com".length());
        int cut = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '?' || path.charAt(i) == '#') {
                cut = i;
                break;
            }
        }
        path = path.substring(0, cut);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.length() > 1 ? "linkedin.com" + path : null;
    }

    static boolean isUrl(String core) {
        String lower = core.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.");
    }

    /**
     * Tries to read a phone number starting at chunk {@code from}; on success adds the tokens and returns
     * how many chunks were used, otherwise returns 0 and adds nothing.
     */
    static int readPhone(String s, List<int[]> chunks, int from, List<Token> out) {
        int last = from - 1;
        int end = -1;
        for (int c = from; c < chunks.size() && c < from + MAX_PHONE_CHUNKS; c++) {
            int cs = chunks.get(c)[0];
            int ce = trimTrailing(s, cs, chunks.get(c)[1]);
            if (!phoneLike(s, cs, ce, c == from)) {
                break;
            }
            last = c;
            end = ce;
            if (ce != chunks.get(c)[1]) {
                break; // "1234567," ends the number
            }
        }
        if (last < from) {
            return 0;
        }
        int start = chunks.get(from)[0];
        String value = normalisedPhone(s, start, end);
        if (value == null) {
            return 0;
        }
        if (last > from && firstChunkIsStray(s, chunks.get(from)) && normalisedPhone(s, chunks.get(from + 1)[0], end) != null) {
            return 0; // "at 9 333 1234567": the 9 is a time, the phone starts at the next chunk
        }
        int open = 0;
        int close = 0;
        for (int i = start; i < end; i++) {
            open += s.charAt(i) == '(' ? 1 : 0;
            close += s.charAt(i) == ')' ? 1 : 0;
        }
        if (open > close && s.charAt(start) == '(') {
            out.add(new Token(Token.Kind.PUNCT, "(", "(", start, start + 1, start > 0));
            start++;
        }
        int closeAt = end;
        if (close > open && s.charAt(end - 1) == ')') {
            closeAt = end - 1;
        }
        out.add(new Token(Token.Kind.PHONE, value, value, start, closeAt, start > 0));
        Tokenizer.trailingPunct(s, closeAt, chunks.get(last)[1], out);
        return last - from + 1;
    }

    private static int trimTrailing(String s, int start, int end) {
        while (end > start && ",;:.!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean firstChunkIsStray(String s, int[] chunk) {
        char c = s.charAt(chunk[0]);
        return c != '+' && c != '0' && c != '(' && chunk[1] - chunk[0] <= 2;
    }

    private static boolean phoneLike(String s, int start, int end, boolean first) {
        int digits = 0;
        int plusAt = start;
        while (plusAt < end && s.charAt(plusAt) == '(') {
            plusAt++; // "(+39 ..."
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!(c == '+' && i == plusAt && first) && "()-./".indexOf(c) < 0) {
                return false;
            }
        }
        return digits > 0 && !DateShapes.looksLikeDateOrTime(s.substring(start, end));
    }

    /** "+39 333 123-4567" gives "+393331234567"; null when the digit count is not a phone's. */
    private static String normalisedPhone(String s, int start, int end) {
        StringBuilder digits = new StringBuilder(16);
        for (int i = start; i < end && digits.length() <= 16; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        int firstReal = start;
        while (firstReal < end && s.charAt(firstReal) == '(') {
            firstReal++;
        }
        boolean plus = firstReal < end && s.charAt(firstReal) == '+';
        int n = digits.length();
        boolean ok = plus ? n >= 8 && n <= 15 : n >= 9 && n <= 15;
        return ok ? (plus ? "+" : "") + digits : null;
    }
}
