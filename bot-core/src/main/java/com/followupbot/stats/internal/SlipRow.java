package com.followupbot.stats.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A slip as read: {@code kind} REFERRAL, TYFCB or ONE_TO_ONE; {@code at} the instant that dates it. */
public record SlipRow(String kind, Instant at, String partner, String prospect, String company, String phone, String email,
                      String temperature, BigDecimal amount, String currency, String notes) {
}
