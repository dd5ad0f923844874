package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Platform;
import com.followupbot.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/** A scripted console conversation against the real bot and a real database. */
class ConsoleChatTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Tuesday 10 March 2026, 18:30 in Rome: an evening expo. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T17:30:00Z"), ROME);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final ConsoleChatPort port = new ConsoleChatPort(out);
    private final FollowUpBot bot = FollowUpBot.create(Storage.jdbi(TestDatabase.fresh()), clock, port,
            BotSettings.defaults(ROME, "console-test"));
    private final ChatUser user = new ChatUser(Platform.CONSOLE, "tester", "Tess", "en");

    @Test
    void walksThroughCaptureConfirmationAndTheFirstTwoSteps() throws Exception {
        int exit = converse(
                "met Anna Rossi from Acme at the expo",
                "1",
                "/advance 24h",
                "1",
                "/advance 7d");

        assertThat(exit).isZero();
        String transcript = transcript();
        assertThat(transcript).contains("> met Anna Rossi from Acme at the expo\n");
        assertThat(after(transcript, "> met Anna Rossi")).contains("Anna Rossi").contains("[1] Looks right  [2] Fix  [3] Undo");
        assertThat(after(transcript, "> 1\n")).startsWith("(edited) ");

        // the 24-hour note prompt comes only once time has moved on
        assertThat(before(transcript, "> /advance 24h")).doesNotContain("Step 1 of 3");
        String afterDay = after(transcript, "> /advance 24h");
        assertThat(afterDay).startsWith("(time is now Wed 11 Mar 2026 18:30 CET)\n").contains("Step 1 of 3", "[1] Done");

        // answering the prompt by number marks the step done, then the 7-day step follows
        assertThat(between(transcript, "> /advance 24h", "> /advance 7d")).contains("(edited) ✅");
        String afterWeek = after(transcript, "> /advance 7d");
        assertThat(afterWeek).startsWith("(time is now Wed 18 Mar 2026 18:30 CET)\n").contains("Step 2 of 3");
    }

    @Test
    void explainsABadAdvanceAndKeepsGoingUntilQuit() throws Exception {
        int exit = converse("/advance soon", "/advance", "/quit", "met Bob Smith at the fair");

        assertThat(exit).isZero();
        assertThat(transcript()).contains("> /advance soon\n(not a duration: 'soon' (try 24h, 7d, 90m or 1w))\n")
                .contains("> /advance\n(usage: /advance 24h (or 7d, 90m, 1w))\n")
                .doesNotContain("Bob Smith");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-10T17:30:00Z"));
    }

    @Test
    void aNumberThatIsNotAnOpenChoiceIsJustText() throws Exception {
        converse("42");

        assertThat(after(transcript(), "> 42\n")).isNotEmpty().doesNotStartWith("(edited)");
    }

    private int converse(String... lines) throws Exception {
        ConsoleChat chat = new ConsoleChat(bot, clock, port, user, ChatId.privateChat("console"), new ReentrantLock(),
                out, true);
        return chat.run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
    }

    private String transcript() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String after(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("transcript contains %s", marker).isNotNegative();
        return text.substring(at + marker.length()).replaceFirst("^[^\n]*\n", "");
    }

    private static String before(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("transcript contains %s", marker).isNotNegative();
        return text.substring(0, at);
    }

    private static String between(String text, String from, String to) {
        return before(after(text, from), to);
    }
}
