package com.followupbot.capture.parsing;

import com.followupbot.capture.TextNormalizer;
import java.util.List;

/**
 * What the prospect needs, as the user wrote it: the words after the prospect, without contact details
 * (the prospect has them), without a leading connector ("for her website" = "her website", "who needs a
 * website" = "needs a website"; the verb stays) and without punctuation left dangling at either end.
 */
final class NeedText {
    private static final String TRIM = " ,;:.-|(" + TextNormalizer.DASH;

    private NeedText() {
    }

    /** The need in tokens {@code [from, to)}, or null when nothing is left. */
    static String of(KeyPhrases leads, Analysis a, int from, int to) {
        List<Token> t = a.t;
        int i = from;
        while (i < to && t.get(i).kind() == Token.Kind.PUNCT) {
            i++;
        }
        int lead = leads.match(t, i);
        i += lead > 0 && i + lead <= to ? lead : 0;
        StringBuilder b = new StringBuilder();
        for (int k = i; k < to; k++) {
            Token tok = t.get(k);
            if (tok.isDetail() || labelOfDetail(a, k, to)) {
                continue;
            }
            if (b.length() > 0 && tok.spaceBefore()) {
                b.append(' ');
            }
            b.append(a.text, tok.start(), tok.end());
        }
        return tidy(b.toString());
    }

    /** "tel", "email:" right before a phone or an e-mail go with it. */
    private static boolean labelOfDetail(Analysis a, int k, int to) {
        int j = k;
        while (j < to && (a.lx.isDetailLabel(a.words.ids[j]) || a.tok(j).kind() == Token.Kind.PUNCT && !a.tok(j).isPunct(','))) {
            j++;
        }
        return j > k && j < to && a.tok(j).isDetail();
    }

    private static String tidy(String raw) {
        String s = raw.replace(" ,", ",").replace("( ", "(").replace(" )", ")");
        int start = 0;
        int end = s.length();
        while (start < end && TRIM.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIM.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        s = s.substring(start, end);
        if (s.endsWith(")") && s.indexOf('(') < 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.codePoints().anyMatch(Character::isLetterOrDigit) ? s : null;
    }
}
