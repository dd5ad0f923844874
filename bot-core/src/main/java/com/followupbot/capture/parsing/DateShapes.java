package com.followupbot.capture.parsing;

import java.util.Set;

/**
 * Reads the numeric shapes of dates and clock times inside one token ("3/3", "03/03/2026",
 * "2026-03-03", "14:30", "9.30", "9am", "3rd") by walking the characters; no regular expressions.
 */
final class DateShapes {
    private static final Set<String> ORDINAL_SUFFIXES = Tokenizer.listed("ordinal.suffixes");
    private static final Set<String> AM = Tokenizer.listed("clock.am");
    private static final Set<String> PM = Tokenizer.listed("clock.pm");

    private DateShapes() {
    }

    /** {first, second, year or -1} as written (day-first is decided by the grammar); null when not a date. */
    static int[] numericDate(String t) {
        int[] groups = new int[3];
        int[] widths = new int[3];
        char sep = 0;
        int n = 0;
        int value = 0;
        int width = 0;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : 0;
            if (c >= '0' && c <= '9') {
                if (++width > 4) {
                    return null;
                }
                value = value * 10 + (c - '0');
            } else if (c == 0 || c == '/' || c == '-' || c == '.') {
                if (width == 0 || n == 3 || (c != 0 && sep != 0 && c != sep)) {
                    return null;
                }
                sep = c != 0 ? c : sep;
                groups[n] = value;
                widths[n++] = width;
                value = 0;
                width = 0;
            } else {
                return null;
            }
        }
        if (n == 3 && widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2 && sep != '.') {
            return new int[] {groups[2], groups[1], groups[0]}; // ISO 2026-03-03
        }
        if (widths[0] > 2 || widths[1] > 2) {
            return null;
        }
        if (n == 2 && sep == '/') {
            return new int[] {groups[0], groups[1], -1};
        }
        if (n == 3 && (widths[2] == 2 || widths[2] == 4)) {
            return new int[] {groups[0], groups[1], widths[2] == 2 ? 2000 + groups[2] : groups[2]};
        }
        return null;
    }

    /** {hour, minute, meridiem: 0 none, 1 am, 2 pm} for lower-case "9", "9am", "9:30pm", "14:30", "9.30"; null otherwise. */
    static int[] clock(String lowerText) {
        String t = lowerText;
        int meridiem = 0;
        String am = suffix(t, AM);
        String pm = am == null ? suffix(t, PM) : null;
        if (am != null || pm != null) {
            meridiem = am != null ? 1 : 2;
            t = t.substring(0, t.length() - (am != null ? am : pm).length());
        }
        int sep = Math.max(t.indexOf(':'), t.indexOf('.'));
        String hours = sep < 0 ? t : t.substring(0, sep);
        String minutes = sep < 0 ? "0" : t.substring(sep + 1);
        if (hours.isEmpty() || hours.length() > 2 || (sep >= 0 && minutes.length() != 2)) {
            return null;
        }
        int h = digits(hours);
        int m = digits(minutes);
        if (h < 0 || m < 0 || h > 24 || m > 59 || (meridiem != 0 && (h == 0 || h > 12))) {
            return null;
        }
        return new int[] {h, m, meridiem};
    }

    /** 3 for "3", "3rd", "3°", "03"; -1 when not a day-of-month shape. */
    static int dayOfMonth(String key) {
        String t = key;
        String suffix = suffix(t, ORDINAL_SUFFIXES);
        if (suffix != null && t.length() > suffix.length()) {
            t = t.substring(0, t.length() - suffix.length());
        }
        int d = t.length() <= 2 ? digits(t) : -1;
        return d >= 1 && d <= 31 ? d : -1;
    }

    static boolean looksLikeDateOrTime(String t) {
        return numericDate(t) != null || ((t.indexOf(':') > 0 || t.indexOf('.') > 0) && t.length() <= 5 && clock(t) != null);
    }

    /** The (longest) member of {@code suffixes} that {@code t} ends with, or null. */
    private static String suffix(String t, Set<String> suffixes) {
        String found = null;
        for (String s : suffixes) {
            if (t.endsWith(s) && (found == null || s.length() > found.length())) {
                found = s;
            }
        }
        return found;
    }

    private static int digits(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
