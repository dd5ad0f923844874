package com.followupbot.capture;

import com.followupbot.referral.ReferralStatus;
import java.math.BigDecimal;

/**
 * How a referral went, typed: "closed with Luca, 2,500 EUR", "chiuso con Luca per 2.500 €", "Luca not a
 * fit". {@code prospect} is the name as written (null when none is named), {@code amount} and
 * {@code currency} (ISO 4217, "EUR") are null when not said.
 */
public record OutcomeMention(String prospect, ReferralStatus status, BigDecimal amount, String currency) {
}
