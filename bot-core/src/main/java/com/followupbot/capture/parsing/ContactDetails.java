package com.followupbot.capture.parsing;


/**
 * Recognises e-mail addresses, LinkedIn links and other URLs in one white-space separated chunk, before
 * the chunk is split into words (phone numbers, which span chunks, are in {@link PhoneReader}).
 * Everything here is a single left-to-right scan; no regular expressions.
 */
final class ContactDetails {
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
        int at = indexOfIgnoreCase(core, "linkedin.com/");
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
        return core.regionMatches(true, 0, "http://", 0, 7) || core.regionMatches(true, 0, "https://", 0, 8)
                || core.regionMatches(true, 0, "www.", 0, 4);
    }

    /** Case-insensitive indexOf without lower-casing the whole chunk (this runs on every chunk). */
    private static int indexOfIgnoreCase(String s, String needle) {
        char first = needle.charAt(0);
        for (int i = 0; i + needle.length() <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == first || Character.toLowerCase(c) == first) && s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
