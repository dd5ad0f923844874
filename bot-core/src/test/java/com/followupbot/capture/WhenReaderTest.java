package com.followupbot.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.capture.parsing.MeetingParser;
import com.followupbot.user.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The table of {@code capture/when-cases.tsv}, plus what a table cannot say (offsets, the meeting parser's dates). */
class WhenReaderTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ZonedDateTime THURSDAY = ZonedDateTime.of(2026, 3, 12, 18, 30, 0, 0, ROME);
    private static final List<Case> CASES = load("/capture/when-cases.tsv");
    private final WhenReader reader = WhenReader.standard();

    record Case(int line, Language language, Lean lean, ZonedDateTime now, String text, LocalDate date, LocalTime time,
            Period after, Duration afterTime, String moment) {
        String name() {
            return line + ": " + language.code() + " " + lean + " " + now.toLocalDateTime() + " \"" + text + "\"";
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseReadsAsExpected() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<WhenPhrase> found = reader.find(c.text(), c.language(), c.now(), c.lean());
            Optional<ZonedDateTime> moment = reader.moment(c.text(), c.language(), c.now(), c.lean());
            if (c.moment() == null) {
                assertThat(found).as("find").isEmpty();
                assertThat(moment).as("moment").isEmpty();
                return;
            }
            assertThat(found).as("find").isNotEmpty();
            WhenPhrase first = found.get(0);
            assertThat(first.date()).as("date").isEqualTo(c.date());
            assertThat(first.time()).as("time").isEqualTo(c.time());
            assertThat(first.after()).as("after").isEqualTo(c.after());
            assertThat(first.afterTime()).as("afterTime").isEqualTo(c.afterTime());
            assertThat(moment).as("moment").isPresent();
            assertThat(moment.get().toOffsetDateTime().toString()).as("moment").isEqualTo(c.moment());
            assertThat(moment.get().getZone()).isEqualTo(c.now().getZone());
        }));
    }

    @Test
    void theTableIsLargeBilingualAndCoversBothLeansAndNegatives() {
        for (Language language : Language.values()) {
            List<Case> own = CASES.stream().filter(c -> c.language() == language).toList();
            assertThat(own).as(language.code()).hasSizeGreaterThanOrEqualTo(60);
            assertThat(own).as(language.code() + " past").anyMatch(c -> c.lean() == Lean.PAST);
            assertThat(own).as(language.code() + " future").anyMatch(c -> c.lean() == Lean.FUTURE);
            assertThat(own).as(language.code() + " negatives").filteredOn(c -> c.moment() == null).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void offsetsPointIntoTheTextAsWritten() {
        String text = "  Ciao!  rimanda   Anna 👍 a GIOVEDI\u0300  alle 15, grazie";
        List<WhenPhrase> found = reader.find(text, Language.IT, THURSDAY, Lean.FUTURE);
        assertThat(found).hasSize(1);
        WhenPhrase p = found.get(0);
        assertThat(text.substring(p.start(), p.end())).isEqualTo("a GIOVEDI\u0300  alle 15");
        assertThat(p.date()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(p.time()).isEqualTo(LocalTime.of(15, 0));

        String english = "snooze\tDora until\u00A0Monday\u200B and then\ncall her at 10am.";
        List<WhenPhrase> two = reader.find(english, Language.EN, THURSDAY, Lean.FUTURE);
        assertThat(two).extracting(w -> english.substring(w.start(), w.end())).containsExactly("until\u00A0Monday", "at 10am");
    }

    @Test
    void everyExpressionIsFoundLeftToRight() {
        List<WhenPhrase> found = reader.find("from Monday at 9 to Friday at 5, or in 2 weeks", Language.EN, THURSDAY, Lean.FUTURE);
        assertThat(found).extracting(WhenPhrase::date, WhenPhrase::time, WhenPhrase::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 16), LocalTime.of(9, 0), null),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 13), LocalTime.of(17, 0), null),
                org.assertj.core.groups.Tuple.tuple(null, null, Period.ofDays(14)));
        assertThat(reader.find("", Language.EN, THURSDAY, Lean.FUTURE)).isEmpty();
        assertThat(reader.find(null, Language.IT, THURSDAY, Lean.PAST)).isEmpty();
    }

    /** The PAST lean is the meeting parser's grammar: the same day for every backward phrase, on any day of the week. */
    @Test
    void pastLeanGivesTheMeetingParsersDates() {
        List<String> english = List.of("yesterday", "last Tuesday", "Tuesday", "on Sunday", "Friday evening", "3 days ago",
                "two weeks ago", "a month ago", "3 March", "March 3rd", "on the 4th", "on the 28th", "20/3", "3/3/2025",
                "the day before yesterday", "last week", "this morning", "last night", "Monday last", "on the 31st");
        List<String> italian = List.of("ieri", "l'altro ieri", "martedì scorso", "lo scorso martedì", "martedì", "domenica",
                "venerdì sera", "3 giorni fa", "due settimane fa", "un mese fa", "3 marzo", "il 3 marzo", "il 4", "il 28",
                "20/3", "la settimana scorsa", "stamattina", "ieri sera", "il 31");
        for (int day = 0; day < 7; day++) {
            ZonedDateTime now = THURSDAY.plusDays(day);
            for (String phrase : english) {
                assertThat(firstDate(phrase, Language.EN, now)).as("%s on %s", phrase, now.getDayOfWeek())
                        .isEqualTo(MeetingParser.standard().parse("met Zeta " + phrase, Language.EN, now).metOn());
            }
            for (String phrase : italian) {
                assertThat(firstDate(phrase, Language.IT, now)).as("%s on %s", phrase, now.getDayOfWeek())
                        .isEqualTo(MeetingParser.standard().parse("ho conosciuto Zeta " + phrase, Language.IT, now).metOn());
            }
        }
    }

    @Test
    void fixDateReadsPastDaysOnly() {
        MessageReader messages = MessageReader.standard();
        assertThat(messages.dateOf("yesterday", Language.EN, THURSDAY)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(messages.dateOf("martedì scorso", Language.IT, THURSDAY)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(messages.dateOf("today", Language.EN, THURSDAY)).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(messages.dateOf("il 20", Language.IT, THURSDAY)).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(messages.dateOf("the expo", Language.EN, THURSDAY)).isNull();
        assertThat(messages.dateOf("at 3pm", Language.EN, THURSDAY)).isNull();
        assertThat(messages.dateOf("tomorrow", Language.EN, THURSDAY)).isNull();
        assertThat(messages.dateOf("lunedì prossimo", Language.IT, THURSDAY)).isNull();
    }

    @Test
    void theStandardReaderIsShared() {
        assertThat(WhenReader.standard()).isSameAs(WhenReader.standard());
    }

    private LocalDate firstDate(String phrase, Language language, ZonedDateTime now) {
        return reader.find(phrase, language, now, Lean.PAST).stream().map(WhenPhrase::date).filter(d -> d != null)
                .findFirst().orElse(now.toLocalDate());
    }

    private static List<Case> load(String resource) {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = WhenReaderTest.class.getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 8) {
                    throw new IllegalStateException(resource + ":" + n + ": expected 8 columns, got " + f.length);
                }
                int zone = f[2].indexOf('[');
                ZonedDateTime now = zone < 0 ? LocalDateTime.parse(f[2]).atZone(ROME)
                        : LocalDateTime.parse(f[2].substring(0, zone)).atZone(ZoneId.of(f[2].substring(zone + 1, f[2].length() - 1)));
                String after = value(f[6]);
                cases.add(new Case(n, Language.fromCode(f[0]), Lean.valueOf(f[1]), now, f[3],
                        value(f[4]) == null ? null : LocalDate.parse(f[4]), value(f[5]) == null ? null : LocalTime.parse(f[5]),
                        after == null || after.startsWith("PT") ? null : Period.parse(after),
                        after != null && after.startsWith("PT") ? Duration.parse(after) : null, value(f[7])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static String value(String field) {
        return field.equals("-") ? null : field;
    }
}
