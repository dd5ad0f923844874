package com.followupbot.stats;

import com.followupbot.referral.Temperature;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One of BNI's weekly slips, as the member hands it in, always from the user: a referral they gave (to
 * {@code partner}), business they closed on a referral they received (TYFCB: "thank you" to {@code partner}),
 * a one-to-one they had (with {@code partner}). Fields a kind of slip does not have are null.
 *
 * @param date the day in the user's zone: the referral recorded, the business closed, the one-to-one held
 */
public record Slip(Kind kind, LocalDate date, String partner, String prospect, String company, String phone, String email,
                   Temperature temperature, BigDecimal amount, String currency, String notes) {

    /** The kinds of slip, in the order a chapter's secretary enters them. */
    public enum Kind { REFERRAL, TYFCB, ONE_TO_ONE }
}
