package com.followupbot.capture.parsing;

import java.util.List;

/**
 * Reads phone numbers across white-space chunks ("+39 333 123 4567", "(02) 1234-5678", "333.123.4567")
 * and normalises them to digits with the leading '+' kept. Each chunk's shape is worked out once and
 * cached, so even 1,300 digit chunks in a row cost one pass (no re-scanning per starting chunk).
 */
final class PhoneReader {
    private static final int MAX_PHONE_CHUNKS = 6;
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;
    private final String s;
    private final List<int[]> chunks;
    /** Whether chunk c can continue a number (digits and "()-./" only, not a date or a time). */
    private final byte[] continues;
    private final int[] digits;

    PhoneReader(String s, List<int[]> chunks) {
        this.s = s;
        this.chunks = chunks;
        this.continues = new byte[chunks.size()];
        this.digits = new int[chunks.size()];
    }

    /** Reads a number starting at chunk {@code from}: adds its tokens and returns the chunks used, or 0. */
    int read(int from, List<Token> out) {
        if (!canStart(from)) {
            return 0;
        }
        int last = from;
        int total = digits[from];
        for (int c = from + 1; c < chunks.size() && c < from + MAX_PHONE_CHUNKS && !endsNumber(c - 1) && continues(c); c++) {
            last = c;
            total += digits[c];
        }
        if (!validCount(plusAt(from), total)) {
            return 0;
        }
        if (last > from && stray(from) && validCount(plusAt(from + 1), total - digits[from])) {
            return 0; // "at 9 333 1234567": the 9 is a time, the number starts at the next chunk
        }
        int start = chunks.get(from)[0];
        int end = trimmedEnd(last);
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
        int closeAt = close > open && s.charAt(end - 1) == ')' ? end - 1 : end;
        String value = normalised(start, closeAt);
        out.add(new Token(Token.Kind.PHONE, value, value, start, closeAt, start > 0));
        Tokenizer.trailingPunct(s, closeAt, chunks.get(last)[1], out);
        return last - from + 1;
    }

    private boolean canStart(int c) {
        if (continues(c)) {
            return true;
        }
        int start = chunks.get(c)[0];
        int plus = plusAt(c);
        return plus > start - 1 && shape(c, plus + 1) && digits[c] > 0; // "+39", "(+39)"
    }

    private boolean continues(int c) {
        if (continues[c] == UNKNOWN) {
            continues[c] = shape(c, chunks.get(c)[0]) ? YES : NO;
        }
        return continues[c] == YES;
    }

    /** Digits and "()-./" from {@code from} to the chunk's end (trailing ",;:.!?" aside); counts the digits. */
    private boolean shape(int c, int from) {
        int start = chunks.get(c)[0];
        int end = trimmedEnd(c);
        int n = 0;
        for (int i = start; i < end; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                n++;
            } else if (i >= from && "()-./".indexOf(ch) < 0 || i < from && ch != '(' && ch != '+') {
                return false;
            }
        }
        digits[c] = n;
        return n > 0 && !DateShapes.looksLikeDateOrTime(s.substring(start, end));
    }

    /** Index of a leading '+' (after opening brackets) in chunk c, or -1. */
    private int plusAt(int c) {
        int i = chunks.get(c)[0];
        int end = chunks.get(c)[1];
        while (i < end && s.charAt(i) == '(') {
            i++;
        }
        return i < end && s.charAt(i) == '+' ? i : -1;
    }

    private static boolean validCount(int plusAt, int n) {
        return plusAt >= 0 ? n >= 8 && n <= 15 : n >= 9 && n <= 15;
    }

    /** A short first chunk that is not "+39", "02" or "(02)" is more likely a time or a count. */
    private boolean stray(int c) {
        char first = s.charAt(chunks.get(c)[0]);
        return first != '+' && first != '0' && first != '(' && chunks.get(c)[1] - chunks.get(c)[0] <= 2;
    }

    /** "1234567," ends the number at its comma. */
    private boolean endsNumber(int c) {
        return trimmedEnd(c) != chunks.get(c)[1];
    }

    private int trimmedEnd(int c) {
        int start = chunks.get(c)[0];
        int end = chunks.get(c)[1];
        while (end > start && ",;:.!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private String normalised(int start, int end) {
        StringBuilder b = new StringBuilder(16);
        for (int i = start; i < end; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9' || ch == '+' && b.length() == 0) {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
