package com.followupbot.capture.parsing;

import com.followupbot.referral.ReferralStatus;
import com.followupbot.user.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** One language's outcome grammar, from {@code /outcomes/<code>.properties}: each status's patterns and the leads. */
record OutcomeGrammar(Language language, KeyPhrases leads, List<Status> patterns) {

    /** A pattern and the status it reports. */
    record Status(ReferralStatus status, SlotPattern pattern) {
    }

    static OutcomeGrammar load(Language language) {
        return of(language, GrammarProperties.load("outcomes", language));
    }

    static OutcomeGrammar of(Language language, Properties p) {
        List<Status> patterns = new ArrayList<>();
        for (ReferralStatus status : ReferralStatus.values()) {
            for (SlotPattern pattern : SlotPattern.all(p.getProperty("outcome." + status.name()))) {
                if (pattern.has(SlotPattern.Slot.GIVER) || pattern.has(SlotPattern.Slot.RECEIVER)) {
                    throw new IllegalStateException("an outcome names only its {prospect}: " + pattern.source());
                }
                patterns.add(new Status(status, pattern));
            }
        }
        return new OutcomeGrammar(language, KeyPhrases.of(p.getProperty("lead")), List.copyOf(patterns));
    }
}
