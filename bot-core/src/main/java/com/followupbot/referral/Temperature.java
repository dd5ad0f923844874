package com.followupbot.referral;

import java.util.Locale;

/** How ready the prospect is, as the giver judged it (BNI's hot/warm/cold referral). */
public enum Temperature {
    HOT, WARM, COLD;

    /** The value in the {@code parse} command's JSON and in the database. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
