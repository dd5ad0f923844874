package com.followupbot.capture.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.followupbot.capture.MessageReader;
import com.followupbot.user.Language;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd and hostile input for the referral and outcome readers: they answer (never throw), and half-sentences are nothing. */
class ReferralRobustnessTest {
    private static final ZonedDateTime NOW = LocalDateTime.parse("2026-03-12T18:30").atZone(ZoneId.of("Europe/Rome"));
    private static final Language[] HINTS = {Language.EN, Language.IT, null};

    static Stream<Arguments> adversarial() {
        Map<String, String> m = new LinkedHashMap<>(AdversarialInputs.all());
        m.put("very long names", "gave " + "Marco".repeat(300) + " a referral: " + "Anna ".repeat(300) + "needs a website");
        m.put("many name words", "gave Marco" + " Neri".repeat(600) + " a referral");
        m.put("many prospects", "gave Marco a referral: Anna" + " and Anna".repeat(400));
        m.put("many temperatures", "gave Marco a referral: Anna" + ", hot".repeat(600));
        m.put("temperatures only", "hot hot hot warm cold caldo freddo");
        m.put("many amounts", "closed with Luca " + "2,500 EUR ".repeat(350));
        m.put("endless number", "closed with Luca for " + "9".repeat(3_000) + " EUR");
        m.put("separator soup", "closed with Luca for " + "1.,".repeat(1_000));
        m.put("currency soup", "closed with Luca " + "€$£".repeat(1_000));
        m.put("only punctuation", ":;,.!?-—()[]{}\"'".repeat(50));
        m.put("emoji referral", "🎁 gave 🎉 Marco 🚀 a referral 🔥: 😀 Anna 🙂");
        m.put("pattern words repeated", "gave a referral to ".repeat(200));
        m.put("italian pattern words repeated", "ho passato a una referenza ".repeat(150));
        m.put("elided prospect", "ho presentato " + "l'".repeat(1_000) + "Anna a Marco");
        m.put("nested brackets prospect", "referral for Marco: Anna " + "(".repeat(1_500) + ")".repeat(1_500));
        m.put("emails everywhere", "got a referral from Marco: " + "a@b.co ".repeat(500));
        return m.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarial")
    void hostileInputIsAnsweredWithoutError(String label, String text) {
        MessageReader reader = MessageReader.standard();
        for (Language hint : HINTS) {
            assertThatCode(() -> {
                ReferralReader.standard().read(text, hint);
                OutcomeReader.standard().read(text, hint);
                reader.read(text, hint, NOW);
            }).as(label).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("halfSentences")
    void halfASentenceIsNoReferralAndNoOutcome(String text) {
        for (Language hint : HINTS) {
            assertThat(ReferralReader.standard().read(text, hint)).as(text).isEmpty();
            assertThat(OutcomeReader.standard().read(text, hint)).as(text).isEmpty();
        }
    }

    static Stream<String> halfSentences() {
        return Stream.of("gave a referral", "referral:", "referral for", "referenza per", "ho passato a una referenza",
                "Marco gave me", "closed", "chiuso", "closed with", "chiuso con", "not", "still open", "🎉", "", "   ",
                "€", "2,500 EUR", "with Luca", "con Luca", "contacted", "ho contattato");
    }
}
