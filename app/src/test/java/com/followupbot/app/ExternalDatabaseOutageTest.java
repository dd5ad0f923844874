package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.RecordingChatPort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot on an external server (DATABASE_URL) that stops and comes back on the same data and port.
 * What users send meanwhile waits in the bot's data directory, so it survives the bot being restarted
 * too, and is handled once. Waiting on real processes: bounded polls on the outcome, timed on the test's
 * own instants and printed; the only window asserted is the 60 s promise.
 */
class ExternalDatabaseOutageTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ChatUser PAOLA = ChatUser.of(Platform.TEST, "paola", "Paola");
    private static final ChatId DM = ChatId.privateChat("dm-paola");
    /** The promise: the bot answers again within a minute of its server being back. */
    private static final Duration PROMISE = Duration.ofSeconds(60);
    private static final String AWAY = "I can't reach my database";

    private final MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME).toInstant(), ROME);
    private final RecordingChatPort chat = new RecordingChatPort();

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
    @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang guard only, which a stuck close cannot ignore
    void messagesSentWhileTheServerIsDownAreKeptOnDiskAndHandledOnceItIsBack() throws Exception {
        server = new ExternalServer(serverData).start();
        try (BotRuntime runtime = start(OpsServer.PORT_VARIABLE, "0")) {
            FollowUpBot bot = runtime.bot();
            bot.handle(text("met Anna Rossi from Acme at the expo"));
            assertThat(server.contacts()).isEqualTo(1);

            server.stop();
            long asked = System.nanoTime();
            List<String> replies = replies(() -> bot.handle(text("met Giulia Neri from Fincantieri at the expo")));
            long told = System.nanoTime();
            replies.addAll(replies(() -> bot.handle(text("met Marco Bianchi from Enel at the expo"))));
            System.out.printf("external server down: the first 'can't reach' reply came in %d ms (pool timeout 1 s)%n",
                    (told - asked) / 1_000_000);
            assertThat(replies).hasSize(2).allMatch(reply -> reply.startsWith(AWAY));
            assertThat(bot.heldMessages()).isEqualTo(2);
            assertThat(new HeldFile(botData).held()).isEqualTo(2);
            assertThat(metrics(runtime)).contains("followup_held_messages 2.0", "followup_held_replayed_total 0.0");

            server.start();
            long back = System.nanoTime();
            await().atMost(PROMISE).pollInterval(Duration.ofMillis(50)).until(() -> bot.heldMessages() == 0);
            List<String> answer = replies(() -> bot.handle(text("met Luca Verdi from Eni at the expo")));
            long answered = System.nanoTime();
            System.out.printf("external server back: held messages handled and a new one answered %d ms after it was up%n",
                    (answered - back) / 1_000_000);
            assertThat(answer).isNotEmpty().noneMatch(reply -> reply.startsWith(AWAY));
            assertThat(Duration.ofNanos(answered - back)).isLessThan(PROMISE);
            assertThat(server.contacts()).isEqualTo(4); // each held message once
            assertThat(new HeldFile(botData).held()).isZero();
            assertThat(metrics(runtime)).contains("followup_held_messages 0.0", "followup_held_replayed_total 2.0");
        }
    }

    @Test
    @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang guard only, which a stuck close cannot ignore
    void aBotRestartedWhileTheServerIsDownReplaysWhatWasKeptOnceOnItsNextStart() throws Exception {
        server = new ExternalServer(serverData).start();
        try (BotRuntime runtime = start()) {
            runtime.bot().handle(text("met Anna Rossi from Acme at the expo"));
            server.stop();
            runtime.bot().handle(text("met Giulia Neri from Fincantieri at the expo"));
            runtime.bot().handle(text("met Marco Bianchi from Enel at the expo"));
            assertThat(runtime.bot().heldMessages()).isEqualTo(2);
        }
        // a restart while the server is still away fails (exit code 5) and leaves the kept messages alone
        assertThatThrownBy(this::start).isInstanceOf(StartupException.class);
        assertThat(new HeldFile(botData).held()).isEqualTo(2);

        server.start();
        try (BotRuntime runtime = start()) {
            assertThat(runtime.bot().heldMessages()).isEqualTo(2); // read back from the data directory
            await().atMost(PROMISE).pollInterval(Duration.ofMillis(50)).until(() -> runtime.bot().heldMessages() == 0);
            assertThat(server.contacts()).isEqualTo(3);
        }
        try (BotRuntime runtime = start()) {
            assertThat(runtime.bot().heldMessages()).isZero(); // replayed once: nothing left for the next start
            assertThat(runtime.bot().replayHeld()).isZero();
            assertThat(server.contacts()).isEqualTo(3);
        }
    }

    private BotRuntime start(String... env) throws Exception {
        TestTerminal terminal = new TestTerminal("", server.env(env));
        return BotRuntime.start(new DataDirectory(botData, null), terminal.terminal(), ROME, new IdleFrontend(clock, chat), Duration.ofMillis(100));
    }

    private static Inbound.Text text(String words) {
        return new Inbound.Text(PAOLA, DM, words);
    }

    private List<String> replies(Runnable sending) {
        int before = chat.all().size();
        sending.run();
        return new ArrayList<>(chat.all().subList(before, chat.all().size()).stream().map(sent -> sent.message().text()).toList());
    }

    private static String metrics(BotRuntime runtime) throws Exception {
        URI uri = URI.create("http://localhost:" + runtime.opsPort().orElseThrow() + "/metrics");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
