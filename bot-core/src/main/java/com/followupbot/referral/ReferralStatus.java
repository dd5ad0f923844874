package com.followupbot.referral;

import java.util.Locale;

/** Where a referral stands, as its receiver reports it: open until contacted, then a meeting, then closed or lost. */
public enum ReferralStatus {
    OPEN, CONTACTED, MEETING, CLOSED, LOST;

    /** The value in the {@code parse} command's JSON and in the database. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Closed business or not a fit: nothing more to ask about. */
    public boolean isFinal() {
        return this == CLOSED || this == LOST;
    }
}
