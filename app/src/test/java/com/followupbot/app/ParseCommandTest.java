package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parse command end to end, with the bot's real message reader. */
class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsOneJsonObjectPerInputLine() throws Exception {
        TestTerminal terminal = new TestTerminal(
                "met Anna Rossi from Acme at the expo\n\nmet Bob Smith yesterday at the fair\n", Map.of());

        int exit = Main.execute(terminal.terminal(), "parse", "--lang", "en", "--now", "2026-03-12T18:30:00",
                "--zone", "Europe/Rome");

        assertThat(exit).isZero();
        List<JsonNode> lines = terminal.out().lines().map(this::json).toList();
        assertThat(lines).hasSize(3);
        JsonNode anna = lines.get(0);
        assertThat(fieldNames(anna)).containsExactly("intent", "people", "event", "metOn", "metAt", "note", "referral",
                "outcome");
        assertThat(anna.get("referral").isNull()).isTrue();
        assertThat(anna.get("outcome").isNull()).isTrue();
        assertThat(anna.get("intent").asText()).isEqualTo("capture");
        assertThat(fieldNames(anna.get("people").get(0)))
                .containsExactly("name", "company", "role", "email", "phone", "linkedin");
        assertThat(anna.get("people").get(0).get("name").asText()).isEqualTo("Anna Rossi");
        assertThat(anna.get("metOn").asText()).as("the day of --now").isEqualTo("2026-03-12");
        assertThat(anna.get("metAt").isNull()).isTrue();
        assertThat(lines.get(1).get("intent").asText()).isEqualTo("unknown");
        assertThat(lines.get(2).get("metOn").asText()).as("yesterday, seen from --now").isEqualTo("2026-03-11");
    }

    @Test
    void referralsAndOutcomesInBothLanguagesWithTheirObjects() throws Exception {
        TestTerminal terminal = new TestTerminal("""
                gave Marco a referral: Anna Rossi from Acme needs a website
                Marco mi ha dato il contatto di Luca Bianchi, vuole il fotovoltaico
                got a referral from Marco: Luca Bianchi (Solar Srl) luca@solar.it, hot
                closed with Luca, 2,500 EUR
                chiuso con Luca per 2.500,50 €
                Luca not a fit
                emailed Anna
                """, Map.of());

        assertThat(Main.execute(terminal.terminal(), "parse", "--now", "2026-03-12T18:30:00", "--zone", "Europe/Rome")).isZero();

        List<JsonNode> lines = terminal.out().lines().map(this::json).toList();
        assertThat(lines).extracting(line -> line.get("intent").asText()).containsExactly("referral_given",
                "referral_received", "referral_received", "outcome", "outcome", "outcome", "progress");
        JsonNode given = lines.get(0).get("referral");
        assertThat(fieldNames(given)).containsExactly("giver", "receiver", "prospect", "need", "temperature");
        assertThat(given.get("giver").isNull()).isTrue();
        assertThat(given.get("receiver").asText()).isEqualTo("Marco");
        assertThat(fieldNames(given.get("prospect"))).containsExactly("name", "company", "role", "email", "phone", "linkedin");
        assertThat(given.get("prospect").get("company").asText()).isEqualTo("Acme");
        assertThat(given.get("need").asText()).isEqualTo("needs a website");
        assertThat(lines.get(0).get("outcome").isNull()).isTrue();
        assertThat(lines.get(1).get("referral").get("giver").asText()).isEqualTo("Marco");
        assertThat(lines.get(1).get("referral").get("need").asText()).isEqualTo("vuole il fotovoltaico");
        JsonNode received = lines.get(2).get("referral");
        assertThat(received.get("prospect").get("email").asText()).isEqualTo("luca@solar.it");
        assertThat(received.get("temperature").asText()).isEqualTo("hot");
        JsonNode closed = lines.get(3).get("outcome");
        assertThat(fieldNames(closed)).containsExactly("prospect", "status", "amount", "currency");
        assertThat(closed.get("amount").isNumber()).isTrue();
        assertThat(closed.get("amount").asInt()).isEqualTo(2500);
        assertThat(closed.get("currency").asText()).isEqualTo("EUR");
        assertThat(lines.get(3).get("referral").isNull()).isTrue();
        assertThat(lines.get(4).get("outcome").get("amount").decimalValue()).isEqualByComparingTo("2500.50");
        assertThat(lines.get(5).get("outcome").get("status").asText()).isEqualTo("lost");
        assertThat(lines.get(5).get("outcome").get("amount").isNull()).isTrue();
        assertThat(lines.get(6).get("referral").isNull()).isTrue();
    }

    @Test
    void helpNamesTheNewIntentsAndKeys() {
        TestTerminal terminal = new TestTerminal("", Map.of());

        assertThat(Main.execute(terminal.terminal(), "parse", "--help")).isZero();

        assertThat(terminal.out()).contains("referral_given", "referral_received", "outcome", "temperature", "currency");
    }

    @Test
    void needsNoDatabase() {
        // a DATABASE_URL that cannot work: parse must not even look at it
        TestTerminal terminal = new TestTerminal("hello\n", Map.of("DATABASE_URL", "mysql://nowhere/x"));

        assertThat(Main.execute(terminal.terminal(), "parse")).isZero();
        assertThat(terminal.out()).startsWith("{\"intent\":").endsWith("}\n").hasLineCount(1);
    }

    private JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
