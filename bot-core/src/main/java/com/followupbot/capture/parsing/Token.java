package com.followupbot.capture.parsing;

/**
 * One unit of a message. {@code key} is the folded form the grammar compares against; {@code text}
 * is what the user wrote (for e-mails, phones and LinkedIn links: the normalised value).
 * {@code start}/{@code end} index the normalised message, so spans such as the note can be cut out verbatim.
 */
record Token(Kind kind, String text, String key, int start, int end, boolean spaceBefore) {

    enum Kind { WORD, NUMBER, MIXED, PUNCT, SYMBOL, EMAIL, PHONE, LINKEDIN, URL }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isDetail() {
        return kind == Kind.EMAIL || kind == Kind.PHONE || kind == Kind.LINKEDIN;
    }

    boolean is(String k) {
        return key.equals(k);
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    /** Starts with an upper-case letter (after an elided "D'" / "Dell'" the joined part counts too). */
    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Two or more letters, all capitals: "CEO", "BNI". */
    boolean allCaps() {
        if (text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An elided article or preposition such as "l'", "all'", "D'" that is glued to the next word. */
    boolean elided() {
        return kind == Kind.WORD && text.endsWith("'");
    }
}
