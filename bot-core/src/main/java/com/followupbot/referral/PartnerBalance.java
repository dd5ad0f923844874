package com.followupbot.referral;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The Givers Gain balance with one member, from the user's side: referrals given to them and received from
 * them, how many of each closed, and the closed business per currency.
 */
public record PartnerBalance(long partnerUserId, String partnerName, int given, int givenClosed,
                             Map<String, BigDecimal> givenValue, int received, int receivedClosed,
                             Map<String, BigDecimal> receivedValue) {
    public PartnerBalance {
        givenValue = Map.copyOf(givenValue);
        receivedValue = Map.copyOf(receivedValue);
    }
}
