package com.followupbot.capture.parsing;

import com.followupbot.capture.TextNormalizer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads an amount of money as people type it: "2,500 EUR", "2.500 €", "€2,500.50", "2.500,50", "2.5k",
 * "2,5k", "3 mila euro", "$3k", "1,500 dollars". The currency (before or after the number) gives its ISO
 * code; the separators give the number: with both, the last one is the decimal point; with one, a group
 * of exactly three digits after it is thousands ("2,500", "2.500"), else decimals ("2.5", "2,50"). Without
 * a currency a number is an amount only when nothing but punctuation follows it ("for 2500"; not "2 days").
 */
final class AmountReader {
    /** Above this many digits it is not an amount anyone typed (and BigDecimal should not see it). */
    private static final int MAX_DIGITS = 15;
    private static final String ENDS = ",.;!?)-" + TextNormalizer.DASH;

    record Amount(BigDecimal value, String currency) {
    }

    private final List<AmountWords.Phrase<String>> currencies;
    private final List<AmountWords.Phrase<BigDecimal>> multipliers;
    private final List<List<String>> leads;

    AmountReader(AmountWords words) {
        this.currencies = words.currencies();
        this.multipliers = words.multipliers();
        this.leads = words.leads();
    }

    /** The first amount anywhere in {@code text}. */
    Optional<Amount> find(String text) {
        List<AmountWords.Piece> pieces = AmountWords.lex(text);
        for (int i = 0; i < pieces.size(); i++) {
            Optional<Amount> amount = at(pieces, i);
            if (amount.isPresent()) {
                return amount;
            }
        }
        return Optional.empty();
    }

    /** An amount right at the start of {@code text}, after lead words ("for", "per un valore di", ","). */
    Optional<Amount> atStart(String text) {
        List<AmountWords.Piece> pieces = AmountWords.lex(text);
        int i = 0;
        for (int n = AmountWords.match(leads, pieces, i); n > 0; n = AmountWords.match(leads, pieces, i)) {
            i += n;
        }
        return at(pieces, i);
    }

    private Optional<Amount> at(List<AmountWords.Piece> p, int i) {
        String currency = null;
        int k = i;
        AmountWords.Phrase<String> before = AmountWords.longest(currencies, p, k);
        if (before != null && k + before.keys().size() < p.size() && p.get(k + before.keys().size()).number()) {
            currency = before.value();
            k += before.keys().size();
        }
        if (k >= p.size() || !p.get(k).number() || dateOrTime(p, k)) {
            return Optional.empty();
        }
        BigDecimal value = value(p.get(k).text());
        if (value == null) {
            return Optional.empty();
        }
        k++;
        AmountWords.Phrase<BigDecimal> times = AmountWords.longest(multipliers, p, k);
        if (times != null) {
            value = value.multiply(times.value());
            k += times.keys().size();
        }
        AmountWords.Phrase<String> after = currency == null ? AmountWords.longest(currencies, p, k) : null;
        if (after != null) {
            currency = after.value();
            k += after.keys().size();
        }
        boolean ends = k >= p.size() || !p.get(k).word() && ENDS.contains(p.get(k).text());
        if (currency == null && !ends || k < p.size() && p.get(k).word() && p.get(k).glued()) {
            return Optional.empty(); // "2 days ago", "3rd", "10am"
        }
        return Optional.of(new Amount(plain(value), currency));
    }

    /** "21/4", "14:30", "12.03.2026" are dates and times, not money. */
    private static boolean dateOrTime(List<AmountWords.Piece> p, int k) {
        boolean before = k > 0 && p.get(k).glued() && "/:".contains(p.get(k - 1).text()) && !p.get(k - 1).word();
        boolean after = k + 2 < p.size() && p.get(k + 1).glued() && "/:".contains(p.get(k + 1).text())
                && !p.get(k + 1).word() && p.get(k + 2).number() && p.get(k + 2).glued();
        return before || after;
    }

    /** The number a run of digits with '.' and ',' means, or null. */
    static BigDecimal value(String run) {
        int lastDot = run.lastIndexOf('.');
        int lastComma = run.lastIndexOf(',');
        String digits;
        if (lastDot >= 0 && lastComma >= 0) {
            int decimal = Math.max(lastDot, lastComma);
            digits = run.substring(0, decimal).replace(".", "").replace(",", "") + "." + run.substring(decimal + 1);
        } else if (lastDot >= 0 || lastComma >= 0) {
            char sep = lastDot >= 0 ? '.' : ',';
            int at = Math.max(lastDot, lastComma);
            boolean thousands = run.indexOf(sep) != at || run.length() - at - 1 == 3 && at <= 3 && run.charAt(0) != '0';
            digits = thousands ? run.replace(String.valueOf(sep), "") : run.replace(sep, '.');
        } else {
            digits = run;
        }
        if (digits.indexOf('.') != digits.lastIndexOf('.') || digits.replace(".", "").length() > MAX_DIGITS) {
            return null;
        }
        return new BigDecimal(digits);
    }

    /** 2500 rather than 2.5E+3 or 2500.00: the JSON shows the number as it would be written. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
