package com.followupbot.referral;

import com.followupbot.capture.PersonMention;
import com.followupbot.chat.MessageRef;
import com.followupbot.user.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One side of a referral: the giver's ({@link Side#GIVEN}) or the receiver's ({@link Side#RECEIVED}),
 * owned by {@code userId}. Both sides of a linked referral share {@code key}; {@code partnerUserId} is
 * the other member when they use the bot, null otherwise. {@code notice} is the message that told the
 * receiver, if one did.
 */
public record Referral(
        long userId,
        long id,
        UUID key,
        Side side,
        Long partnerUserId,
        String partnerName,
        PersonMention prospect,
        String need,
        Temperature temperature,
        ReferralStatus status,
        BigDecimal amount,
        String currency,
        String rawText,
        Language language,
        int checksSent,
        Instant nextCheckAt,
        MessageRef notice,
        Instant createdAt,
        Instant closedAt) {

    /** Which side of the referral a row is. */
    public enum Side { GIVEN, RECEIVED }

    public boolean linked() {
        return partnerUserId != null;
    }

    /**
     * Whether its owner is the one asked how it went: the receiver always; the giver only when the receiver
     * does not use the bot (nobody else can tell).
     */
    public boolean ownerReportsOutcome() {
        return side == Side.RECEIVED || !linked();
    }

    public Referral withStatus(ReferralStatus newStatus, BigDecimal newAmount, String newCurrency) {
        return new Referral(userId, id, key, side, partnerUserId, partnerName, prospect, need, temperature, newStatus,
                newAmount, newCurrency, rawText, language, checksSent, nextCheckAt, notice, createdAt, closedAt);
    }
}
