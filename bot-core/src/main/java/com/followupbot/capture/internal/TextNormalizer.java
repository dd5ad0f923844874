package com.followupbot.capture.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises text for phrase matching: NFC, lower case, straight apostrophes, single spaces. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** NFC with straight apostrophes and single ordinary spaces; keeps case. */
    public static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '’' || c == '‘' || c == 'ʼ' || c == '`') {
                c = '\'';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@link #clean} in lower case, without a leading slash or trailing punctuation. */
    public static String forMatching(String text) {
        String s = clean(text).toLowerCase(Locale.ROOT);
        if (s.startsWith("/")) {
            s = s.substring(1);
        }
        int end = s.length();
        while (end > 0 && ".!?;:,".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }
}
