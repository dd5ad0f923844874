package com.followupbot.capture.parsing;

import com.followupbot.capture.TextNormalizer;

import java.util.List;

/**
 * Cuts the note out of the message as the user wrote it, minus contact details (they have their own
 * fields) and their labels, and minus the separator punctuation left dangling at either end.
 */
final class NoteText {
    private static final String TRIM = " ,;:.-|" + TextNormalizer.DASH;

    private NoteText() {
    }

    static String extract(Lexicon lx, Words w, String text, int from) {
        List<Token> t = w.tokens;
        if (from < 0 || from >= t.size()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int cursor = t.get(from).start();
        for (int i = from; i < t.size(); i++) {
            if (!t.get(i).isDetail()) {
                continue;
            }
            int cut = t.get(i).start();
            for (int k = i - 1; k >= from && isLabel(lx, w, k); k--) {
                cut = Math.min(cut, t.get(k).start());
            }
            if (cut > cursor) {
                b.append(text, cursor, cut);
            }
            cursor = Math.max(cursor, t.get(i).end());
        }
        b.append(text, Math.min(cursor, text.length()), text.length());
        return tidy(b);
    }

    private static boolean isLabel(Lexicon lx, Words w, int k) {
        Token tok = w.get(k);
        return tok.kind() == Token.Kind.PUNCT && (tok.isPunct(':') || tok.isPunct(',') || tok.isPunct('('))
                || lx.isDetailLabel(w.ids[k]);
    }

    private static String tidy(StringBuilder b) {
        StringBuilder out = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) {
                continue;
            }
            if ((c == ',' || c == ')' || c == ';') && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            if (c == ')' && out.length() > 0 && out.charAt(out.length() - 1) == '(') {
                out.setLength(out.length() - 1);
                continue;
            }
            out.append(c);
        }
        int s = 0;
        int e = out.length();
        while (s < e && TRIM.indexOf(out.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && TRIM.indexOf(out.charAt(e - 1)) >= 0) {
            e--;
        }
        String note = out.substring(s, e);
        return note.isEmpty() ? null : note;
    }
}
