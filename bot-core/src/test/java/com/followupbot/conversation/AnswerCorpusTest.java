package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Typed answers as people type them, each chatted through a fresh bot: a setup opens some prompts, the
 * user types one line, and the test checks what happened to the steps (and what the bot answered). The
 * cases live in {@code conversation/answers.tsv}: setup, language, text, expected outcome.
 *
 * <p>Outcomes: {@code done NAME KIND}, {@code skip NAME KIND [NOTE]}, {@code snooze NAME KIND yyyy-MM-ddTHH:mm},
 * {@code booked NAME yyyy-MM-ddTHH:mm} (or {@code -}: the bot asks when), {@code failed NAME KIND} (still
 * open, the next move offered), {@code which} ("Which one?"), {@code unknown NAME} (never logged),
 * {@code already NAME} (that step was closed), {@code nothing} (nothing open to answer).
 */
class AnswerCorpusTest {

    /** One line of the corpus. */
    record Case(int line, String setup, String language, String text, String expected) {
        @Override
        public String toString() {
            return line + ": [" + setup + "/" + language + "] " + text + " → " + expected;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = AnswerCorpusTest.class.getResourceAsStream("/conversation/answers.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> !lines.get(i).isBlank() && !lines.get(i).startsWith("#"))
                    .mapToObj(i -> {
                        String[] f = lines.get(i).split("\t");
                        if (f.length != 4) {
                            throw new IllegalStateException("line " + (i + 1) + " needs 4 tab-separated fields");
                        }
                        return new Case(i + 1, f[0], f[1], f[2], f[3]);
                    }).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answer(Case c) {
        try (ChatHarness chat = ChatHarness.thursdayEvening()) {
            check(chat, c);
        }
    }

    private static void check(ChatHarness chat, Case c) {
        AnswerSetups.open(chat, c.setup(), c.language());
        Map<String, String> before = AnswerSetups.steps(chat);
        chat.skipAll();
        chat.say("paola", c.text());
        List<Sent> replies = chat.allReplies();
        assertThat(replies).as("a reply").isNotEmpty();
        String reply = replies.get(replies.size() - 1).message().text();
        String[] e = c.expected().split(" ");
        switch (e[0]) {
            case "done" -> assertThat(state(chat, e[1], e[2])).as(reply).isEqualTo("DONE");
            case "skip" -> {
                assertThat(state(chat, e[1], e[2])).as(reply).isEqualTo("SKIPPED");
                if (e.length > 3) {
                    assertThat(note(chat, e[1], e[2])).isEqualTo(e[3]);
                }
            }
            case "snooze" -> {
                assertThat(state(chat, e[1], e[2])).as(reply).isEqualTo("SNOOZED");
                assertThat(due(chat, e[1], e[2])).as(reply).isEqualTo(LocalDateTime.parse(e[3]));
                assertThat(reply).as("the reply names the date").contains(AnswerSetups.day(e[3], c.language()));
            }
            case "booked" -> booked(chat, e, reply);
            case "failed" -> {
                assertThat(AnswerSetups.steps(chat)).as("nothing closed").isEqualTo(before);
                assertThat(replies.get(replies.size() - 1).message().buttons()).as(reply).isNotEmpty();
            }
            case "which" -> {
                assertThat(AnswerSetups.steps(chat)).as("nothing changed").isEqualTo(before);
                assertThat(reply).isIn("Which one?", "Quale?");
            }
            case "unknown" -> {
                assertThat(AnswerSetups.steps(chat)).isEqualTo(before);
                assertThat(reply).containsAnyOf("anyone called " + e[1] + " yet", "chiami " + e[1] + ".");
            }
            case "already" -> {
                assertThat(AnswerSetups.steps(chat)).isEqualTo(before);
                assertThat(reply).containsAnyOf("already closed", "era già chiuso");
            }
            case "nothing" -> {
                assertThat(AnswerSetups.steps(chat)).isEqualTo(before);
                assertThat(reply).doesNotStartWith("I didn’t get that").doesNotStartWith("Non ho capito");
            }
            default -> throw new IllegalStateException("unknown outcome " + e[0]);
        }
    }

    private static void booked(ChatHarness chat, String[] e, String reply) {
        assertThat(state(chat, e[1], "CALL")).as(reply).isEqualTo("DONE");
        Optional<Instant> at = chat.jdbi().withHandle(h -> h.createQuery("""
                select o.starts_at from one_to_one o join contact c on c.user_id = o.user_id and c.id = o.contact_id
                where c.full_name like :name || '%'
                """).bind("name", e[1]).mapTo(Instant.class).findFirst());
        if (e[2].equals("-")) {
            assertThat(at).isEmpty();
            assertThat(reply).containsAnyOf("When is the one-to-one?", "Quando è il one-to-one?");
        } else {
            assertThat(at).as(reply).isPresent();
            assertThat(at.get().atZone(ROME).toLocalDateTime()).as(reply).isEqualTo(LocalDateTime.parse(e[2]));
        }
    }

    private static String state(ChatHarness chat, String name, String kind) {
        return AnswerSetups.step(chat, name, kind, "state", String.class);
    }

    private static String note(ChatHarness chat, String name, String kind) {
        return AnswerSetups.step(chat, name, kind, "outcome_note", String.class);
    }

    private static LocalDateTime due(ChatHarness chat, String name, String kind) {
        return AnswerSetups.step(chat, name, kind, "due_at", Instant.class).atZone(ROME).toLocalDateTime();
    }

    static ZonedDateTime rome(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ROME);
    }
}
