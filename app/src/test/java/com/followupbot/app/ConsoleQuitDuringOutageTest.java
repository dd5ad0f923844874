package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console chat on an external server that went away: each line typed gets the "can't reach my
 * database" reply within the pool timeout, /quit ends the chat and the bot without hanging on the
 * missing server, and what was typed waits in the data directory for the next start.
 */
class ConsoleQuitDuringOutageTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** The notice in either language: the console user speaks the system locale's. */
    private static final Pattern AWAY = Pattern.compile("I can't reach my database|non riesco a raggiungere il mio database");

    @TempDir
    Path serverData;
    @TempDir
    Path botData;

    private ExternalServer server;

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    // a hang guard only, on a thread of its own: /quit must not wait on the missing server, and a close that
    // did (Quartz joining its scheduler thread) ignored the interrupt of a same-thread timeout
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void quitWhileTheDatabaseIsDownReturnsAndKeepsWhatWasTyped() throws Exception {
        server = new ExternalServer(serverData).start();
        TestTerminal terminal = new TestTerminal("""
                met Giulia Neri from Fincantieri at the expo
                met Marco Bianchi from Enel at the expo
                /quit
                met Luca Verdi after quitting
                """, server.env());
        ConsoleFrontend console = ConsoleFrontend.create(terminal.terminal(), ROME, botData.resolve("files"));
        BotRuntime runtime = BotRuntime.start(new DataDirectory(botData, null), terminal.terminal(), ROME, console,
                Duration.ofMillis(100));
        server.stop();

        long began = System.nanoTime();
        long quit;
        int code;
        try {
            code = console.run(runtime.bot()); // as RunCommand does: the chat, then the runtime closed
        } finally {
            quit = System.nanoTime();
            runtime.close();
        }
        System.out.printf("console with the database down: two messages and /quit in %d ms, the runtime closed %d ms "
                + "later (pool timeout 1 s)%n", (quit - began) / 1_000_000, (System.nanoTime() - quit) / 1_000_000);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(AWAY.matcher(terminal.out()).results().count()).isEqualTo(2);
        assertThat(terminal.out()).contains("> /quit").doesNotContain("something went wrong");
        HeldFile held = new HeldFile(botData);
        assertThat(held.held()).isEqualTo(2);
        assertThat(held.lines()).anyMatch(line -> line.contains("Giulia Neri")).anyMatch(line -> line.contains("Marco Bianchi"))
                .noneMatch(line -> line.contains("Luca Verdi"));

        server.start();
        TestTerminal later = new TestTerminal("", server.env());
        try (BotRuntime again = BotRuntime.start(new DataDirectory(botData, null), later.terminal(), ROME,
                ConsoleFrontend.create(later.terminal(), ROME, botData.resolve("files")), Duration.ofMillis(100))) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> again.bot().heldMessages() == 0);
            assertThat(server.contacts()).isEqualTo(2);
        }
    }
}
