package com.followupbot.referral;

import com.followupbot.capture.PersonMention;
import com.followupbot.user.Language;
import java.util.UUID;

/** A side of a referral to record; {@code firstCheckAt} is when its owner is first asked how it went (null: never). */
public record NewReferral(
        long userId,
        UUID key,
        Referral.Side side,
        Long partnerUserId,
        String partnerName,
        PersonMention prospect,
        String need,
        Temperature temperature,
        String rawText,
        Language language,
        java.time.Instant firstCheckAt) {
}
