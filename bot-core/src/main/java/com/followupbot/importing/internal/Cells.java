package com.followupbot.importing.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** A value from a file, made fit to store: control characters out, spaces made one, no longer than a sane cap. */
final class Cells {

    /** Longer than any name, company or address anyone has; a cell past it is cut, not refused. */
    static final int MAX_LENGTH = 200;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private Cells() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String plain = value.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .replaceAll("\\s+", " ").strip();
        if (plain.length() > MAX_LENGTH) {
            plain = plain.substring(0, MAX_LENGTH).strip();
        }
        return plain.isEmpty() ? null : plain;
    }

    /** Google joins several values of a cell with " ::: ": the first is the one kept. */
    static String first(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : clean(cleaned.split(" ::: ")[0]);
    }

    /** The first address, lower case; null when the cell holds none. */
    static String email(String value) {
        String first = first(value);
        if (first == null) {
            return null;
        }
        String address = first.startsWith("mailto:") ? first.substring(7) : first;
        return EMAIL.matcher(address).matches() ? address.toLowerCase(Locale.ROOT) : null;
    }
}
