package com.followupbot.capture.parsing;

import com.followupbot.capture.Intent;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.capture.PersonMention;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.user.Language;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile and odd input: the parser must answer (never throw, never hang) and give a sensible intent.
 * Timing is not asserted here; the worst of these inputs is measured in the JMH benchmark.
 */
class MeetingParserRobustnessTest {
    private static final ZonedDateTime NOW = LocalDateTime.parse("2026-03-12T18:30").atZone(ZoneId.of("Europe/Rome"));
    private final MeetingParser parser = MeetingParser.standard();

    /** Inputs under the size limit that must be read without error; each is UNKNOWN or a CAPTURE. */
    static Stream<Arguments> adversarial() {
        return AdversarialInputs.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarial")
    void hostileInputIsAnsweredWithoutError(String label, String text) {
        for (Language hint : new Language[] {Language.EN, Language.IT, null}) {
            ParsedMessage m = parser.parse(text, hint, NOW);
            assertThat(m.intent()).as(label).isIn(Intent.UNKNOWN, Intent.CAPTURE, Intent.TOO_LONG);
            if (m.intent() != Intent.CAPTURE) {
                assertThat(m.people()).isEmpty();
                assertThat(m.metOn()).isNull();
            }
        }
    }

    @Test
    void overTheByteLimitIsTooLongWithoutParsing() {
        assertThat(parser.parse(" ".repeat(10_000), Language.EN, NOW).intent()).isEqualTo(Intent.TOO_LONG);
        assertThat(parser.parse("met Anna " + "x".repeat(4_100), Language.EN, NOW).intent()).isEqualTo(Intent.TOO_LONG);
        // 1,366 "è" are 2,732 bytes: fine; 2,049 are 4,098 bytes: too long although only 2,049 chars
        assertThat(parser.parse("è".repeat(1_366), Language.IT, NOW).intent()).isEqualTo(Intent.UNKNOWN);
        assertThat(parser.parse("è".repeat(2_049), Language.IT, NOW).intent()).isEqualTo(Intent.TOO_LONG);
        assertThat(parser.parse("a".repeat(4_096), Language.EN, NOW).intent()).isEqualTo(Intent.UNKNOWN);
    }

    @Test
    void nullAndBlankAreUnknown() {
        assertThat(parser.parse(null, Language.IT, NOW)).isEqualTo(ParsedMessage.of(Intent.UNKNOWN, Language.IT));
        assertThat(parser.parse(" \t\n ", null, NOW)).isEqualTo(ParsedMessage.of(Intent.UNKNOWN, Language.EN));
    }

    @Test
    void noiseAroundARealCaptureIsIgnored() {
        ParsedMessage m = parser.parse("\u200Fmet 😀 Anna\u0007 Rossi 🎉 at\u00A0the   expo\u202E yesterday", Language.EN, NOW);
        assertThat(m.people()).extracting(PersonMention::name).containsExactly("Anna Rossi");
        assertThat(m.event()).isEqualTo("expo");
        assertThat(m.metOn()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void accentedCapitalsAndApostrophesAreNormalised() {
        ParsedMessage m = parser.parse("ho conosciuto ÈMILE D‘ANGELO all’expo", Language.IT, NOW);
        assertThat(m.people()).extracting(PersonMention::name).containsExactly("Èmile D'Angelo");
        assertThat(m.event()).isEqualTo("expo");
    }
}
