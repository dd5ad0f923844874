package com.followupbot.capture.parsing;

import com.followupbot.referral.Temperature;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Finds how hot a referral is and takes those words out of the message, so neither the patterns nor the
 * need see them: "…Luca Bianchi, hot, wants solar panels", "a hot referral", "una referenza calda",
 * "(warm)". A temperature word counts only said alone (between separators, at either end) or next to a
 * referral noun: "needs cold storage" keeps its "cold". Emoji and quotes go too: they carry no grammar.
 */
final class TemperatureWords {
    private static final String SEPARATORS = ",;:.!?()[]-/" + com.followupbot.capture.TextNormalizer.DASH;

    /** The tokens left, and the temperature (the first one said), or null. */
    record Stripped(List<Token> tokens, Temperature temperature) {
    }

    private final Map<Temperature, KeyPhrases> phrases = new EnumMap<>(Temperature.class);
    private final KeyPhrases nouns;

    TemperatureWords(Properties p) {
        for (Temperature t : Temperature.values()) {
            phrases.put(t, KeyPhrases.of(p.getProperty("temperature." + t.name())));
        }
        nouns = KeyPhrases.of(p.getProperty("referral.nouns"));
    }

    Stripped strip(List<Token> tokens) {
        int n = tokens.size();
        boolean[] drop = new boolean[n];
        Temperature found = null;
        for (int i = 0; i < n; i++) {
            Token tok = tokens.get(i);
            if (tok.kind() == Token.Kind.SYMBOL || tok.isPunct('"')) {
                drop[i] = true;
                continue;
            }
            for (Map.Entry<Temperature, KeyPhrases> e : phrases.entrySet()) {
                int len = e.getValue().match(tokens, i);
                if (len > 0 && !alone(tokens, i, i + len)) {
                    len = besideNoun(e.getValue(), tokens, i, len);
                }
                if (len > 0) {
                    found = found == null ? e.getKey() : found;
                    dropWithSeparator(tokens, drop, i, i + len);
                    i += len - 1;
                    break;
                }
            }
        }
        List<Token> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                kept.add(tokens.get(i));
            }
        }
        return new Stripped(kept, found);
    }

    /**
     * The longest temperature phrase at {@code from} (at most {@code max} tokens) right before or after a
     * referral noun, or 0: in "a hot referral:" that is "hot", not "hot referral" (the pattern needs the noun).
     */
    private int besideNoun(KeyPhrases temperature, List<Token> t, int from, int max) {
        for (int n = max; n > 0; n--) {
            boolean beside = nouns.match(t, from + n) > 0 || from > 0 && nouns.match(t, from - 1) == 1;
            if (beside && temperature.isExactly(t, from, from + n)) {
                return n;
            }
        }
        return 0;
    }

    /** Between separators or at either end; emoji beside it do not count ("hot 🔥"). */
    private static boolean alone(List<Token> t, int from, int to) {
        int before = from - 1;
        while (before >= 0 && t.get(before).kind() == Token.Kind.SYMBOL) {
            before--;
        }
        int after = to;
        while (after < t.size() && t.get(after).kind() == Token.Kind.SYMBOL) {
            after++;
        }
        return (before < 0 || separator(t.get(before))) && (after == t.size() || separator(t.get(after)));
    }

    /** ", hot" and "(hot)" go whole, so no empty brackets or doubled commas are left behind. */
    private static void dropWithSeparator(List<Token> t, boolean[] drop, int from, int to) {
        java.util.Arrays.fill(drop, from, to, true);
        if (!alone(t, from, to)) {
            return;
        }
        boolean before = from > 0 && separator(t.get(from - 1));
        boolean after = to < t.size() && separator(t.get(to));
        if (before && after && t.get(from - 1).isPunct('(') && t.get(to).isPunct(')')) {
            drop[from - 1] = true;
            drop[to] = true;
        } else if (before && !t.get(from - 1).isPunct('(')) {
            drop[from - 1] = true;
        } else if (after && !t.get(to).isPunct(')')) {
            drop[to] = true;
        }
    }

    static boolean separator(Token tok) {
        return tok.kind() == Token.Kind.PUNCT && tok.text().length() == 1 && SEPARATORS.indexOf(tok.text().charAt(0)) >= 0;
    }
}
