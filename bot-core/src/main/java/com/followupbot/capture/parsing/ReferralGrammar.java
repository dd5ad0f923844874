package com.followupbot.capture.parsing;

import com.followupbot.user.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** One language's referral grammar, from {@code /referrals/<code>.properties}: patterns, leads, temperatures. */
record ReferralGrammar(Language language, KeyPhrases leads, List<SlotPattern> patterns, KeyPhrases prospectLeads,
                       KeyPhrases needLeads, TemperatureWords temperatures) {

    static ReferralGrammar load(Language language) {
        Properties p = GrammarProperties.load("referrals", language);
        List<SlotPattern> patterns = new ArrayList<>();
        for (SlotPattern given : SlotPattern.all(p.getProperty("referral.given"))) {
            patterns.add(checked(given, SlotPattern.Slot.RECEIVER, SlotPattern.Slot.GIVER));
        }
        for (SlotPattern received : SlotPattern.all(p.getProperty("referral.received"))) {
            patterns.add(checked(received, SlotPattern.Slot.GIVER, SlotPattern.Slot.RECEIVER));
        }
        return new ReferralGrammar(language, KeyPhrases.of(p.getProperty("lead")), List.copyOf(patterns),
                KeyPhrases.of(p.getProperty("referral.prospect.lead")), KeyPhrases.of(p.getProperty("referral.need.lead")),
                new TemperatureWords(p));
    }

    /** Every referral names the other member, on the side the user is not: a given one its receiver. */
    private static SlotPattern checked(SlotPattern pattern, SlotPattern.Slot partner, SlotPattern.Slot user) {
        if (!pattern.has(partner) || pattern.has(user) || pattern.has(SlotPattern.Slot.AMOUNT)) {
            throw new IllegalStateException("referral pattern needs exactly {" + partner.name().toLowerCase(java.util.Locale.ROOT)
                    + "}: " + pattern.source());
        }
        return pattern;
    }
}
