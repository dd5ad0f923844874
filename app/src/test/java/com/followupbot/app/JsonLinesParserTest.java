package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.capture.Intent;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.capture.OutcomeMention;
import com.followupbot.capture.PersonMention;
import com.followupbot.capture.ReferralMention;
import com.followupbot.referral.ReferralStatus;
import com.followupbot.referral.Temperature;
import com.followupbot.user.Language;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {

    private static final ParsedMessage ANNA = new ParsedMessage(Intent.CAPTURE, Language.EN,
            List.of(new PersonMention("Anna Rossi", "Acme", "CTO", "anna@acme.example", null, null)),
            "the expo", LocalDate.of(2026, 3, 12), LocalTime.of(9, 5), "likes \"sailing\"");

    @Test
    void printsEveryKeyInOrderWithNullsForAbsentValues() throws IOException {
        String out = parse(text -> ANNA, "met Anna");

        assertThat(out).isEqualTo("{\"intent\":\"capture\",\"people\":[{\"name\":\"Anna Rossi\",\"company\":\"Acme\","
                + "\"role\":\"CTO\",\"email\":\"anna@acme.example\",\"phone\":null,\"linkedin\":null}],"
                + "\"event\":\"the expo\",\"metOn\":\"2026-03-12\",\"metAt\":\"09:05\",\"note\":\"likes \\\"sailing\\\"\","
                + "\"referral\":null,\"outcome\":null}\n");
    }

    @Test
    void aReferralHasItsObjectLastWithTheProspectAsInPeople() throws IOException {
        ParsedMessage referral = ParsedMessage.referral(Language.EN, new ReferralMention(null, "Marco",
                new PersonMention("Anna Rossi", "Acme", null, "anna@acme.example", null, null), "needs a website", Temperature.HOT));

        String out = parse(text -> referral, "gave Marco a referral: Anna Rossi from Acme needs a website, hot");

        assertThat(out).isEqualTo("{\"intent\":\"referral_given\",\"people\":[],\"event\":null,\"metOn\":null,"
                + "\"metAt\":null,\"note\":null,\"referral\":{\"giver\":null,\"receiver\":\"Marco\",\"prospect\":"
                + "{\"name\":\"Anna Rossi\",\"company\":\"Acme\",\"role\":null,\"email\":\"anna@acme.example\","
                + "\"phone\":null,\"linkedin\":null},\"need\":\"needs a website\",\"temperature\":\"hot\"},"
                + "\"outcome\":null}\n");
    }

    @Test
    void aReferralWithoutProspectHasItNull() throws IOException {
        ParsedMessage referral = ParsedMessage.referral(Language.IT, new ReferralMention("Marco", null, null, null, null));

        assertThat(parse(text -> referral, "Marco mi ha passato una referenza")).contains("\"intent\":\"referral_received\"")
                .endsWith(",\"referral\":{\"giver\":\"Marco\",\"receiver\":null,\"prospect\":null,\"need\":null,"
                        + "\"temperature\":null},\"outcome\":null}\n");
    }

    @Test
    void anOutcomeAmountIsAJsonNumber() throws IOException {
        ParsedMessage closed = ParsedMessage.outcome(Language.EN,
                new OutcomeMention("Luca", ReferralStatus.CLOSED, new BigDecimal("2.5E+3"), "EUR"));
        ParsedMessage decimals = ParsedMessage.outcome(Language.EN,
                new OutcomeMention(null, ReferralStatus.CLOSED, new BigDecimal("2500.50"), null));
        ParsedMessage lost = ParsedMessage.outcome(Language.EN, new OutcomeMention("Luca", ReferralStatus.LOST, null, null));

        List<String> lines = parse(text -> text.startsWith("a") ? closed : text.startsWith("b") ? decimals : lost,
                "a", "b", "c").lines().toList();

        assertThat(lines.get(0)).endsWith(",\"note\":null,\"referral\":null,\"outcome\":{\"prospect\":\"Luca\","
                + "\"status\":\"closed\",\"amount\":2500,\"currency\":\"EUR\"}}");
        assertThat(lines.get(1)).endsWith("\"outcome\":{\"prospect\":null,\"status\":\"closed\",\"amount\":2500.5,"
                + "\"currency\":null}}");
        assertThat(lines.get(2)).endsWith("\"outcome\":{\"prospect\":\"Luca\",\"status\":\"lost\",\"amount\":null,"
                + "\"currency\":null}}");
    }

    @Test
    void oneLineOutPerLineInEvenForEmptyLines() throws IOException {
        String out = parse(text -> ANNA, "met Anna", "", "   ", "met Anna again");

        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isEqualTo(
                "{\"intent\":\"unknown\",\"people\":[],\"event\":null,\"metOn\":null,\"metAt\":null,\"note\":null,"
                        + "\"referral\":null,\"outcome\":null}");
        assertThat(lines.get(2)).isEqualTo(lines.get(1));
        assertThat(lines.get(3)).startsWith("{\"intent\":\"capture\"");
    }

    @Test
    void aFailingLineGivesUnknownAndTheNextLinesStillParse() throws IOException {
        String out = parse(text -> {
            if (text.contains("boom")) {
                throw new IllegalStateException("parser bug near " + text);
            }
            return ANNA;
        }, "boom", "met Anna");

        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"intent\":\"unknown\"").doesNotContain("Exception", "boom");
        assertThat(lines.get(1)).startsWith("{\"intent\":\"capture\"");
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8AndAByteOrderMarkIsDropped() throws IOException {
        StringBuilder seen = new StringBuilder();
        String out = parse(text -> {
            seen.append(text);
            return new ParsedMessage(Intent.CAPTURE, Language.IT, List.of(PersonMention.named("Niccolò Fabi")),
                    "fiera", null, null, null);
        }, "\uFEFFho conosciuto Niccolò");

        assertThat(seen.toString()).isEqualTo("ho conosciuto Niccolò");
        assertThat(out).contains("\"name\":\"Niccolò Fabi\"");
    }

    @Test
    void eachLineIsFlushedBeforeTheNextIsRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // buffered and no auto-flush: bytes arrive only when the parser flushes
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(bytes, 8192), false, StandardCharsets.UTF_8);
        List<Integer> printedBeforeEachRead = new java.util.ArrayList<>();
        JsonLinesParser parser = new JsonLinesParser(text -> {
            printedBeforeEachRead.add(bytes.size());
            return ANNA;
        }, out);

        parser.parseAll(new BufferedReader(new StringReader("a\nb\n")));

        assertThat(printedBeforeEachRead.get(0)).isZero();
        assertThat(printedBeforeEachRead.get(1)).isPositive();
    }

    private static String parse(Function<String, ParsedMessage> reader, String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonLinesParser parser = new JsonLinesParser(reader, new PrintStream(bytes, false, StandardCharsets.UTF_8));
        parser.parseAll(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
