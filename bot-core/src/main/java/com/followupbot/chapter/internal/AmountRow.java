package com.followupbot.chapter.internal;

import java.math.BigDecimal;

/** A sum of closed business in one currency. */
public record AmountRow(String currency, BigDecimal amount) {
}
