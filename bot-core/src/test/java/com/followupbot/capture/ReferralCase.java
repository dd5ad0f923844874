package com.followupbot.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.followupbot.referral.ReferralStatus;
import com.followupbot.referral.Temperature;
import com.followupbot.user.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One line of {@code capture/referral-corpus.jsonl}: a message, its language, the intent and the referral or
 * outcome the parse view must give (absent fields are null). "detect": true reads it without a language hint;
 * "understood" (negative cases) names the {@link Understanding} case it must stay, e.g. "Answer".
 */
record ReferralCase(int line, String text, Language language, boolean detect, Intent intent, ReferralMention referral,
                    OutcomeMention outcome, String understood) {

    static List<ReferralCase> load(String resource) {
        return com.followupbot.testing.JsonLines.read(resource, ReferralCase::of);
    }

    private static ReferralCase of(int line, JsonNode j) {
        Intent intent = Intent.valueOf(j.get("intent").asText().toUpperCase(Locale.ROOT));
        return new ReferralCase(line, j.get("text").asText(), Language.fromCode(j.get("lang").asText()),
                j.path("detect").asBoolean(false), intent, referral(j.get("referral")), outcome(j.get("outcome")),
                text(j, "understood"));
    }

    private static ReferralMention referral(JsonNode r) {
        if (r == null) {
            return null;
        }
        JsonNode p = r.get("prospect");
        PersonMention prospect = p == null ? null : new PersonMention(text(p, "name"), text(p, "company"), text(p, "role"),
                text(p, "email"), text(p, "phone"), text(p, "linkedin"));
        String temperature = text(r, "temperature");
        return new ReferralMention(text(r, "giver"), text(r, "receiver"), prospect, text(r, "need"),
                temperature == null ? null : Temperature.valueOf(temperature.toUpperCase(Locale.ROOT)));
    }

    private static OutcomeMention outcome(JsonNode o) {
        if (o == null) {
            return null;
        }
        String amount = text(o, "amount");
        return new OutcomeMention(text(o, "prospect"), ReferralStatus.valueOf(text(o, "status").toUpperCase(Locale.ROOT)),
                amount == null ? null : plain(new BigDecimal(amount)), text(o, "currency"));
    }

    /** 2500 and 2500.5 as the reader gives them (no trailing zeros, no exponent). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    boolean negative() {
        return referral == null && outcome == null;
    }

    /** What the parse view must give for a referral or outcome case. */
    ParsedMessage expected() {
        return referral != null ? ParsedMessage.referral(language, referral) : ParsedMessage.outcome(language, outcome);
    }

    Language hint() {
        return detect ? null : language;
    }

    String displayName() {
        return language.code() + ":" + line + " " + text;
    }
}
