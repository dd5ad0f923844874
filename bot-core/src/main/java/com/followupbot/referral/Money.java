package com.followupbot.referral;

import com.followupbot.user.Language;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Map;
import java.util.stream.Collectors;

/** Amounts of closed business as each language writes them: "€2,500" in English, "2.500 €" in Italian. */
public final class Money {

    private Money() {
    }

    public static String format(BigDecimal amount, String currency, Language language) {
        NumberFormat format = currency == null ? NumberFormat.getNumberInstance(language.locale())
                : NumberFormat.getCurrencyInstance(language.locale());
        if (currency != null) {
            try {
                format.setCurrency(Currency.getInstance(currency));
            } catch (IllegalArgumentException e) {
                format = NumberFormat.getNumberInstance(language.locale()); // not ISO 4217: write the code after
                return format.format(amount) + " " + currency;
            }
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(amount).replace('\u00a0', ' ');
    }

    /** Several currencies side by side, "€4,100 + $300"; empty when there is no amount. */
    public static String format(Map<String, BigDecimal> byCurrency, Language language) {
        return byCurrency.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> format(e.getValue(), e.getKey().isEmpty() ? null : e.getKey(), language)).collect(Collectors.joining(" + "));
    }
}
