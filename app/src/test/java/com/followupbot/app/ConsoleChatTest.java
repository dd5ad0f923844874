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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Console conversations against the real bot and a real database. Each {@link #type} call is one
 * stretch of piped input; the transcript printed in between tells which number answers which choice,
 * as it would tell a person at the keyboard.
 */
class ConsoleChatTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Tuesday 10 March 2026, 17:30 in Rome: an expo, late in the working day (prompts wait for working hours). */
    private static final Instant TUESDAY_EVENING = Instant.parse("2026-03-10T16:30:00Z");

    private final MovableClock clock = new MovableClock(TUESDAY_EVENING, ROME);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final ConsoleChatPort port = new ConsoleChatPort(out);
    private final FollowUpBot bot = FollowUpBot.create(Storage.jdbi(TestDatabase.fresh()), clock, port,
            BotSettings.defaults(ROME, "console-test"));
    private final ChatUser user = new ChatUser(Platform.CONSOLE, "tester", "Tess", "en");

    @Test
    void walksThroughACaptureAndTheFirstTwoSteps() throws Exception {
        String captured = type("met Anna Rossi from Acme at the expo");
        assertThat(captured).startsWith("> met Anna Rossi from Acme at the expo\n").contains("Anna Rossi")
                .containsPattern("\\[1\\] Looks right  \\[2\\] Fix  \\[3\\] Undo\n");

        String confirmed = type("1");
        assertThat(confirmed).startsWith("> 1\n").contains("\n✎ ");

        String nextDay = type("/advance 24h");
        assertThat(captured + confirmed).doesNotContain("Step 1 of 3"); // nothing is due before time moves
        assertThat(nextDay).startsWith("> /advance 24h\n(time is now Wed 11 Mar 2026 17:30 CET)\n")
                .contains("Step 1 of 3", "Anna");

        String noteDone = type(number(nextDay, "Done"));
        assertThat(noteDone).contains("\n✎ ✅");

        String nextWeek = type("/advance 7d");
        assertThat(nextWeek).startsWith("> /advance 7d\n(time is now Wed 18 Mar 2026 17:30 CET)\n")
                .contains("Step 2 of 3").doesNotContain("Step 1 of 3");
    }

    @Test
    void aTypedAnswerShowsTheOutcomeOnceNotAsAnEditAndAsTheReply() throws Exception {
        type("met Anna Rossi from Acme at the expo", "1");
        assertThat(type("/advance 24h")).contains("Step 1 of 3");

        String answered = type("done");

        assertThat(answered).startsWith("> done\n").contains("✅ Note to Anna Rossi — done").doesNotContain("✎");
        assertThat(answered.split("✅ Note to Anna Rossi", -1)).as("the outcome, once:%n%s", answered).hasSize(2);
        assertThat(number(type("/advance 7d"), "Done")).as("the next prompt still answers by number").isNotNull();
    }

    @Test
    void explainsABadAdvanceAndStopsAtQuit() throws Exception {
        String transcript = type("/advance soon", "/advance", "/quit", "met Bob Smith at the fair");

        assertThat(transcript).isEqualTo("> /advance soon\n(not a duration: 'soon' (try 24h, 7d, 90m or 1w))\n"
                + "> /advance\n(usage: /advance 24h (or 7d, 90m, 1w))\n"
                + "> /quit\n");
        assertThat(clock.instant()).isEqualTo(TUESDAY_EVENING);
    }

    @Test
    void refusesToAdvanceMoreThanFiveYearsOrBackwardsAndTheSessionGoesOn() throws Exception {
        String refused = type("/advance 99999999999999999999d", "/advance 9999999999999999w", "/advance 1827d",
                "/advance PT9999999999999999999H", "/advance 0h", "/advance -1h", "/advance PT-24H");

        String tooFar = "(/advance moves at most 5 years at a time; try 30d, 52w or 365d)\n";
        String forwardOnly = "(time only moves forward: /advance needs more than zero, such as 24h or 7d)\n";
        assertThat(refused).isEqualTo("> /advance 99999999999999999999d\n" + tooFar
                + "> /advance 9999999999999999w\n" + tooFar
                + "> /advance 1827d\n" + tooFar
                + "> /advance PT9999999999999999999H\n" + tooFar
                + "> /advance 0h\n" + forwardOnly
                + "> /advance -1h\n" + forwardOnly
                + "> /advance PT-24H\n" + forwardOnly);
        assertThat(clock.instant()).isEqualTo(TUESDAY_EVENING);

        assertThat(type("met Bob Smith at the fair")).contains("Bob Smith").containsPattern("\\[1\\] Looks right");
        assertThat(type("/advance 1826d")).startsWith("> /advance 1826d\n(time is now Mon 10 Mar 2031 17:30 CET)\n")
                .contains("Step 1 of 3");
    }

    @Test
    void aNumberThatIsNotAnOpenChoiceGoesToTheBotAsText() throws Exception {
        String transcript = type("42");

        assertThat(transcript).startsWith("> 42\n").doesNotContain("✎");
        assertThat(transcript.lines().count()).as("the bot answered").isGreaterThan(1);
    }

    @Test
    void importReadsALocalFileThroughTheBotsOwnImport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("Connections.csv");
        java.nio.file.Files.writeString(file, "Notes:\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Luca,Bianchi,https://www.linkedin.com/in/lucabianchi,,Solar Tech,Founder,05 Mar 2026\n");

        String transcript = type("/import " + file);

        assertThat(transcript).contains("Imported 1 contact.").containsPattern("\\[1\\] Plan their follow-ups\n");
        assertThat(type("/import")).contains("(" + ConsoleChat.IMPORT_USAGE + ")");
        assertThat(type("/import " + dir.resolve("missing.csv"))).contains("(cannot read ");
    }

    /** Pipes the lines into a console chat and returns what it printed. */
    private String type(String... lines) throws Exception {
        int before = bytes.size();
        ConsoleChat chat = new ConsoleChat(bot, clock, port, user, ChatId.privateChat("console"), new ReentrantLock(),
                out, true);
        int exit = chat.run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
        assertThat(exit).isZero();
        byte[] all = bytes.toByteArray();
        return new String(all, before, all.length - before, StandardCharsets.UTF_8);
    }

    /** The number shown for the last choice labelled {@code label}. */
    private static String number(String transcript, String label) {
        Matcher matcher = Pattern.compile("\\[(\\d+)\\] " + Pattern.quote(label) + "(  |\n)").matcher(transcript);
        String number = null;
        while (matcher.find()) {
            number = matcher.group(1);
        }
        assertThat(number).as("a choice labelled %s in:%n%s", label, transcript).isNotNull();
        return number;
    }
}
