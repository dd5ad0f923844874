package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.RecordingChatPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL killed with SIGKILL under the running bot: users hear that their messages are
 * kept, the watchdog starts the server again on the same data and port, and the dispatch loop handles
 * what was kept. Waiting on a real process restart: a bounded poll on the outcome, never a fixed sleep.
 */
class EmbeddedDatabaseWatchdogTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ChatUser PAOLA = ChatUser.of(Platform.TEST, "paola", "Paola");
    private static final ChatId DM = ChatId.privateChat("dm-paola");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME).toInstant(), ROME);
    private final RecordingChatPort chat = new RecordingChatPort();

    @TempDir
    Path dataDir;

    @Test
    void aKilledEmbeddedServerIsStartedAgainAndTheKeptMessagesAreHandled() throws Exception {
        TestTerminal terminal = new TestTerminal("", Map.of());
        DataDirectory data = new DataDirectory(dataDir, null);
        BotRuntime runtime = BotRuntime.start(data, terminal.terminal(), ROME, new IdleFrontend(clock, chat), Duration.ofMillis(100));
        try {
            FollowUpBot bot = runtime.bot();
            bot.handle(new Inbound.Text(PAOLA, DM, "met Anna Rossi from Acme at the expo"));
            Jdbi jdbi = Jdbi.create(Database.pool(new DatabaseConfig(jdbcUrl(data), "postgres", null)));

            ProcessHandle postmaster = StalePostmaster.postmaster(data.pgdata()).orElseThrow();
            new ProcessBuilder("kill", "-9", Long.toString(postmaster.pid())).start().waitFor(10, TimeUnit.SECONDS);
            long killed = System.nanoTime();
            postmaster.onExit().get(10, TimeUnit.SECONDS);

            int before = chat.all().size();
            bot.handle(new Inbound.Text(PAOLA, DM, "met Giulia Neri from Fincantieri at the expo"));
            List<String> replies = chat.all().subList(before, chat.all().size()).stream().map(s -> s.message().text()).toList();
            // the watchdog may already have the server back by now: then the message is simply handled
            boolean kept = replies.stream().anyMatch(text -> text.startsWith("I can't reach my database"));
            assertThat(kept || replies.stream().noneMatch(text -> text.contains("something went wrong"))).isTrue();
            assertThat(Files.exists(dataDir.resolve(Database.HOLD_FILE)) || !kept).isTrue();

            long deadline = killed + LIMIT.toNanos();
            while ((bot.heldMessages() > 0 || !answers(jdbi)) && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // polling a real process restart against its outcome, bounded by LIMIT
            }
            System.out.printf("watchdog recovery: %d ms from SIGKILL to the held message handled (kept: %s)%n",
                    (System.nanoTime() - killed) / 1_000_000, kept);
            assertThat(bot.heldMessages()).isZero();
            assertThat(count(jdbi)).isEqualTo(2);

            bot.handle(new Inbound.Text(PAOLA, DM, "met Marco Bianchi from Enel at the expo"));
            assertThat(count(jdbi)).isEqualTo(3);
        } finally {
            long closing = System.nanoTime();
            runtime.close();
            System.out.printf("runtime closed in %d ms%n", (System.nanoTime() - closing) / 1_000_000);
        }
    }

    @Test
    void closingWhileTheDatabaseIsDownReturnsPromptly() throws Exception {
        TestTerminal terminal = new TestTerminal("", Map.of());
        DataDirectory data = new DataDirectory(dataDir, null);
        BotRuntime runtime = BotRuntime.start(data, terminal.terminal(), ROME, new IdleFrontend(clock, chat), Duration.ofMillis(100));
        ProcessHandle postmaster = StalePostmaster.postmaster(data.pgdata()).orElseThrow();
        try {
            new ProcessBuilder("kill", "-STOP", Long.toString(postmaster.pid())).start().waitFor(10, TimeUnit.SECONDS);
            runtime.bot().handle(new Inbound.Text(PAOLA, DM, "met Anna Rossi from Acme at the expo"));
            long closing = System.nanoTime();
            runtime.close();
            long millis = (System.nanoTime() - closing) / 1_000_000;
            System.out.printf("runtime closed in %d ms with the server frozen%n", millis);
            assertThat(Duration.ofMillis(millis)).isLessThan(LIMIT);
        } finally {
            new ProcessBuilder("kill", "-CONT", Long.toString(postmaster.pid())).start().waitFor(10, TimeUnit.SECONDS);
            runtime.close();
            postmaster.destroyForcibly();
        }
    }

    private static String jdbcUrl(DataDirectory data) throws Exception {
        List<String> pid = Files.readAllLines(data.pgdata().resolve("postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
    }

    private static boolean answers(Jdbi jdbi) {
        try {
            return jdbi.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException down) {
            return false;
        }
    }

    private static int count(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from contact").mapTo(Integer.class).one());
    }
}
