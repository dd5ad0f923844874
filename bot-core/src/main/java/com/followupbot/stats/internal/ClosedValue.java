package com.followupbot.stats.internal;

import java.math.BigDecimal;

/** Business closed in {@code month} on referrals of one side, in one currency ("" when none was said). */
public record ClosedValue(String month, String side, String currency, BigDecimal amount) {
}
