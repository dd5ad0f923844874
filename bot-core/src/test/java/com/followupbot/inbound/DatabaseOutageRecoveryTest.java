package com.followupbot.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.InboundEvent;
import com.followupbot.chat.Platform;
import com.followupbot.migrations.Migrations;
import com.followupbot.testing.RecordingChatPort;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped under a running bot, then started again on the same data and port: every message in
 * between is answered with the outage notice, kept, and handled once the server is back, exactly once.
 * A server of its own, since this one is stopped on purpose.
 */
class DatabaseOutageRecoveryTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String NOTICE_EN = "I can't reach my database right now";
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    private EmbeddedPostgres server;
    private HikariDataSource pool;

    @AfterEach
    void stop() throws IOException {
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void messagesDuringAnOutageAreKeptAndHandledOnceWhenTheServerIsBack() throws Exception {
        server = start(0);
        int port = server.getPort();
        pool = pool(server);
        Migrations.migrate(pool);
        Jdbi jdbi = Storage.jdbi(pool);
        RecordingChatPort chat = new RecordingChatPort();
        MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME).toInstant(), ROME);
        FollowUpBot bot = FollowUpBot.create(jdbi, clock, chat,
                BotSettings.defaults(ROME, "outage-test").withHoldFile(directory.resolve("held.jsonl")));
        ChatUser anna = ChatUser.of(Platform.TEST, "anna", "Anna");
        ChatId dm = ChatId.privateChat("dm-anna");
        bot.handle(new Inbound.Text(anna, dm, "met Paolo Verdi from Acme at the expo"));
        assertThat(contacts(jdbi)).isEqualTo(1);

        server.close(); // pg_ctl stop -m fast: the pool's connections die with it
        server = null;
        int before = chat.all().size();
        bot.handle(new Inbound.Text(anna, dm, "met Giulia Neri from Fincantieri at the expo"));
        InboundEvent event = InboundEvent.of("test:outage", "ev-1");
        assertThat(bot.handle(event, new Inbound.Text(anna, dm, "met Marco Bianchi from Enel at the expo"))).isTrue();
        List<String> during = chat.all().subList(before, chat.all().size()).stream().map(s -> s.message().text()).toList();
        assertThat(during).hasSize(2).allSatisfy(text -> assertThat(text).startsWith(NOTICE_EN));
        assertThat(bot.heldMessages()).isEqualTo(2);
        assertThat(bot.replayHeld()).as("nothing replays while the server is down").isZero();

        server = start(port);
        long began = System.nanoTime();
        long deadline = began + RECOVERY_LIMIT.toNanos();
        while (bot.heldMessages() > 0 && System.nanoTime() < deadline) {
            bot.replayHeld(); // each round waits at most the pool's connection timeout
        }
        System.out.printf("outage recovery: held messages handled %d ms after the server was back%n",
                (System.nanoTime() - began) / 1_000_000);
        assertThat(bot.heldMessages()).isZero();
        assertThat(contacts(jdbi)).isEqualTo(3);

        // the platform delivers the held event again: it was handled already
        assertThat(bot.handle(event, new Inbound.Text(anna, dm, "met Marco Bianchi from Enel at the expo"))).isFalse();
        bot.handle(new Inbound.Text(anna, dm, "met Sara Gialli from Eni at the expo"));
        assertThat(contacts(jdbi)).isEqualTo(4);
        int distinct = jdbi.withHandle(h -> h.createQuery("select count(distinct full_name) from contact")
                .mapTo(Integer.class).one());
        assertThat(distinct).isEqualTo(4);
    }

    @Test
    void whatWasKeptSurvivesARestartOfTheBot() throws Exception {
        Path file = directory.resolve("held.jsonl");
        ChatUser anna = new ChatUser(Platform.TEST, "anna", "Anna", "it");
        InboundHold first = InboundHold.inFile(file, 10);
        HeldInbound text = new HeldInbound("a", java.time.Instant.EPOCH, InboundEvent.of("s", "k"),
                new Inbound.Text(anna, ChatId.privateChat("dm"), "ho conosciuto\nAnna"));
        HeldInbound press = new HeldInbound("b", java.time.Instant.EPOCH, null,
                new Inbound.Press(anna, ChatId.group("g"), "tok", new com.followupbot.chat.MessageRef("g", "9"), null));
        first.add(text);
        first.add(press);
        first.remove(text);

        InboundHold again = InboundHold.inFile(file, 10);
        assertThat(again.size()).isEqualTo(1);
        assertThat(again.oldest()).contains(press);
        again.remove(press);
        assertThat(InboundHold.inFile(file, 10).isEmpty()).isTrue();
        assertThat(InboundHold.inMemory(1).add(text)).isTrue();
    }

    @Test
    void aHeldFileUploadSurvivesARestartWithItsBytes() {
        Path file = directory.resolve("held-upload.jsonl");
        ChatUser anna = new ChatUser(Platform.TEST, "anna", "Anna", "it");
        HeldInbound upload = new HeldInbound("u", java.time.Instant.EPOCH, InboundEvent.of("s", "k2"),
                Inbound.Upload.of(anna, ChatId.privateChat("dm"), "contatti.csv", "text/csv",
                        "nome,email\nNiccolò Ferrè,n@f.it\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        InboundHold.inFile(file, 10).add(upload);

        assertThat(InboundHold.inFile(file, 10).oldest()).contains(upload);
    }

    private static int contacts(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from contact").mapTo(Integer.class).one());
    }

    private EmbeddedPostgres start(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("pgdata"))
                .setCleanDataDirectory(false);
        return (port == 0 ? builder : builder.setPort(port)).start();
    }

    /** As the app's pool: a short connection timeout, so that an outage is noticed in seconds. */
    private static HikariDataSource pool(EmbeddedPostgres server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(2_000);
        return new HikariDataSource(config);
    }
}
