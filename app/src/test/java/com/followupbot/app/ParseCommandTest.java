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
        assertThat(fieldNames(anna)).containsExactly("intent", "people", "event", "metOn", "metAt", "note");
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
