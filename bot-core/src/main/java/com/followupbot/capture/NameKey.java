package com.followupbot.capture;

import java.text.Normalizer;
import java.util.Locale;

/** The form of a name used for matching: lower case, accents and punctuation gone, spaces single. */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
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
            } else if (c != '\'' && c != '’') {
                space = true;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** The first word of a key: "anna rossi" → "anna". */
    public static String first(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }
}
