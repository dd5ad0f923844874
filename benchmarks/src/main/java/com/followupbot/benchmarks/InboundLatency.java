package com.followupbot.benchmarks;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.Platform;
import com.followupbot.migrations.Migrations;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reply latency of the inbound API under 50 users chatting at once ({@code … DispatchThroughput inbound
 * [users] [rounds] [thinkMillis]}): each user, on their own thread, repeats a capture, a press of its first
 * button (Looks right), a contact lookup and a command, pausing 0.5–1.5 think times before each (0: none,
 * which measures saturation rather than latency). {@code FollowUpBot.handle} replies before it returns, so its
 * duration is the reply latency, database round trips included (embedded PostgreSQL, fsync on).
 * {@code … inbound slack …}: the same through the Slack adapter's HTTP endpoint ({@link SlackInboundLatency}).
 */
final class InboundLatency {

    static final String[] FIRST = {"Anna", "Marco", "Giulia", "Luca", "Sara", "Paolo", "Elena", "Davide"};
    static final String[] LAST = {"Rossi", "Bianchi", "Verdi", "Neri", "Gallo", "Conti", "Ricci", "Greco"};

    private InboundLatency() {
    }

    static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("slack")) {
            SlackInboundLatency.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long thinkMillis = args.length > 2 ? Long.parseLong(args[2]) : 1_000;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start();
             HikariDataSource ds = DispatchThroughput.pool(pg)) {
            Migrations.migrate(ds);
            ZoneId rome = ZoneId.of("Europe/Rome");
            MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, rome).toInstant(), rome);
            LastMessages port = new LastMessages();
            FollowUpBot bot = FollowUpBot.create(Storage.jdbi(ds), clock, port,
                    new BotSettings(rome, "inbound", Duration.ofMinutes(2), 1_000));
            run(bot, port, users, 5, thinkMillis); // warm-up: the JIT, the pool, the users' rows
            long start = System.nanoTime();
            long[] nanos = run(bot, port, users, rounds, thinkMillis);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "| %d | %,d ms | %,d | %.0f | %.1f | %.1f | %.1f | %.1f |%n", users, thinkMillis,
                    nanos.length, nanos.length / seconds, at(nanos, 50), at(nanos, 90), at(nanos, 99), at(nanos, 100));
        }
    }

    private static long[] run(FollowUpBot bot, LastMessages port, int users, int rounds, long thinkMillis) throws Exception {
        List<Thread> threads = new ArrayList<>();
        long[][] perUser = new long[users][];
        for (int u = 0; u < users; u++) {
            int user = u;
            Thread thread = new Thread(() -> perUser[user] = chat(bot, port, user, rounds, thinkMillis), "user-" + user);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return Arrays.stream(perUser).flatMapToLong(Arrays::stream).toArray();
    }

    private static long[] chat(FollowUpBot bot, LastMessages port, int user, int rounds, long thinkMillis) {
        java.util.Random think = new java.util.Random(user);
        ChatUser from = ChatUser.of(Platform.TEST, "load-" + user, "Member " + user);
        ChatId chat = ChatId.privateChat("dm-load-" + user);
        long[] nanos = new long[rounds * 4];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            String first = FIRST[(user + r) % FIRST.length];
            String name = first + " " + LAST[(user * 3 + r) % LAST.length];
            think(think, thinkMillis);
            nanos[n++] = timed(bot, new Inbound.Text(from, chat, "met " + name + " from Acme " + r + " at the expo"));
            think(think, thinkMillis);
            Sent reply = port.last(chat);
            nanos[n++] = reply == null || reply.message().buttons().isEmpty()
                    ? timed(bot, new Inbound.Text(from, chat, "yes"))
                    : timed(bot, press(from, chat, reply, reply.message().buttons().get(0)));
            think(think, thinkMillis);
            nanos[n++] = timed(bot, new Inbound.Text(from, chat, "who is " + first));
            think(think, thinkMillis);
            nanos[n++] = timed(bot, new Inbound.Command(from, chat, "today", ""));
        }
        return nanos;
    }

    private static Inbound.Press press(ChatUser from, ChatId chat, Sent on, Button button) {
        return new Inbound.Press(from, chat, button.token(), on.ref(), null);
    }

    /** A user reads the reply and types the next message: half to one and a half think times (0: none). */
    static void think(java.util.Random random, long thinkMillis) {
        if (thinkMillis > 0) {
            try {
                Thread.sleep(thinkMillis / 2 + random.nextLong(thinkMillis)); // a simulated user's pause, in a load driver
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long timed(FollowUpBot bot, Inbound inbound) {
        long start = System.nanoTime();
        bot.handle(inbound);
        return System.nanoTime() - start;
    }

    static double at(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private record Sent(MessageRef ref, OutboundMessage message) {
    }

    /** A chat platform that keeps the last message sent to each chat, for the user to press its buttons. */
    private static final class LastMessages implements ChatPort {
        private final Map<String, Sent> last = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        Sent last(ChatId chat) {
            return last.get(chat.value());
        }

        @Override
        public MessageRef send(ChatId chat, OutboundMessage message) {
            MessageRef ref = new MessageRef(chat.value(), "m" + ids.incrementAndGet());
            last.put(chat.value(), new Sent(ref, message));
            return ref;
        }

        @Override
        public MessageRef sendFile(ChatId chat, OutboundFile file) {
            return send(chat, OutboundMessage.text(file.caption()));
        }

        @Override
        public void edit(MessageRef message, OutboundMessage replacement) {
        }

        @Override
        public void acknowledge(Inbound.Press press, String text) {
        }
    }
}
