package com.followupbot.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.user.Language;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The table-driven evidence for referral and outcome understanding, through the front door
 * ({@link MessageReader#read}, the parse command's view), so the order against answers, captures and
 * commands is tested too: every line of {@code capture/referral-corpus.jsonl} must be read exactly.
 */
class ReferralCorpusTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 12, 18, 30, 0, 0, ZoneId.of("Europe/Rome"));
    private static final List<ReferralCase> CASES = ReferralCase.load("/capture/referral-corpus.jsonl");
    private final MessageReader reader = MessageReader.standard();

    @TestFactory
    Stream<DynamicTest> everyReferralAndOutcomeIsUnderstood() {
        return CASES.stream().filter(c -> !c.negative()).map(c -> DynamicTest.dynamicTest(c.displayName(),
                () -> assertThat(reader.read(c.text(), c.hint(), NOW)).as(c.text()).isEqualTo(c.expected())));
    }

    @TestFactory
    Stream<DynamicTest> negativesStayWhatTheyWere() {
        return CASES.stream().filter(ReferralCase::negative).map(c -> DynamicTest.dynamicTest(c.displayName(), () -> {
            ParsedMessage parsed = reader.read(c.text(), c.hint(), NOW);
            assertThat(parsed.intent()).as(c.text()).isEqualTo(c.intent());
            assertThat(parsed.referral()).as(c.text()).isNull();
            assertThat(parsed.outcome()).as(c.text()).isNull();
            assertThat(reader.understand(c.text(), c.hint(), NOW).getClass().getSimpleName()).as(c.text())
                    .isEqualTo(c.understood());
        }));
    }

    @Test
    void corpusIsLargeAndBilingual() {
        Map<Language, Long> perLanguage = new EnumMap<>(Language.class);
        CASES.stream().filter(c -> !c.negative()).forEach(c -> perLanguage.merge(c.language(), 1L, Long::sum));
        assertThat(CASES.stream().filter(c -> !c.negative())).hasSizeGreaterThanOrEqualTo(180);
        assertThat(perLanguage.get(Language.IT)).isGreaterThanOrEqualTo(perLanguage.get(Language.EN) * 4 / 5);
        assertThat(CASES.stream().filter(ReferralCase::negative)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(CASES).anyMatch(c -> c.detect() && c.language() == Language.IT && c.referral() != null)
                .anyMatch(c -> c.detect() && c.language() == Language.IT && c.outcome() != null);
    }

    /** No line of the other corpora reads as a referral or an outcome: the new patterns took nothing of theirs. */
    @Test
    void noCaptureOrAnswerOfTheOtherCorporaBecomesAReferralOrAnOutcome() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        for (String line : lines("/capture/corpus.jsonl")) {
            texts.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("text").asText());
        }
        for (String line : lines("/conversation/answers.tsv")) {
            texts.add(line.split("\t")[2]);
        }
        List<String> taken = texts.stream().filter(text -> {
            Intent intent = reader.read(text, null, NOW).intent();
            return intent == Intent.REFERRAL_GIVEN || intent == Intent.REFERRAL_RECEIVED || intent == Intent.OUTCOME;
        }).toList();
        assertThat(texts).hasSizeGreaterThan(700);
        assertThat(taken).isEmpty();
    }

    private static List<String> lines(String resource) throws java.io.IOException {
        try (var in = ReferralCorpusTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("//")).toList();
        }
    }
}
