package com.followupbot.capture.parsing;

import com.followupbot.capture.Intent;
import com.followupbot.capture.ParsedMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.user.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The table-driven evidence for {@link MeetingParser}: every line of {@code capture/corpus.jsonl} must be
 * understood exactly (people with company, role and contacts, event, date, time, note).
 */
class MeetingParserCorpusTest {
    private static final List<CorpusCase> CASES = CorpusCase.load("/capture/corpus.jsonl");
    private final MeetingParser parser = MeetingParser.standard();

    @TestFactory
    Stream<DynamicTest> everyCaseIsUnderstood() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.displayName(),
                () -> assertThat(c.parse(parser)).as(c.text()).isEqualTo(c.expected())));
    }

    @Test
    void corpusIsLargeAndBilingual() {
        Map<Language, Long> perLanguage = new EnumMap<>(Language.class);
        CASES.forEach(c -> perLanguage.merge(c.language(), 1L, Long::sum));
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(220);
        assertThat(perLanguage.get(Language.IT)).isGreaterThanOrEqualTo(CASES.size() * 2 / 5);
        assertThat(CASES).anyMatch(c -> c.expected().intent() == Intent.UNKNOWN);
    }

    /** Prints the pass rate per language (useful while extending the grammar) and requires 100%. */
    @Test
    void passRatePerLanguage() {
        Map<Language, int[]> rates = new EnumMap<>(Language.class);
        StringBuilder failures = new StringBuilder();
        for (CorpusCase c : CASES) {
            ParsedMessage actual = c.parse(parser);
            int[] r = rates.computeIfAbsent(c.language(), l -> new int[2]);
            r[1]++;
            if (actual.equals(c.expected())) {
                r[0]++;
            } else {
                failures.append("\n  ").append(c.displayName()).append("\n    expected ").append(c.expected())
                        .append("\n    actual   ").append(actual);
            }
        }
        rates.forEach((language, r) -> System.out.printf("corpus %s: %d/%d passed (%.1f%%)%n", language, r[0], r[1],
                100.0 * r[0] / r[1]));
        assertThat(failures).as("corpus failures").isEmpty();
    }
}
