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
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.testing.TestDatabase;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a platform's retry can reach another instance while the first still handles the original
 * (a Slack retry behind a load balancer, a Telegram webhook replay). Two instances on one database get
 * every event at the same moment: each is handled once, by one of them.
 */
class ConcurrentRedeliveryTest {

    private static final int EVENTS = 200;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void anEventDeliveredToTwoInstancesAtOnceIsHandledOnce() throws Exception {
        DataSource database = TestDatabase.fresh();
        Jdbi jdbi = Storage.jdbi(database);
        MovableClock clock = new MovableClock(Instant.parse("2026-03-12T17:40:00Z"), ROME);
        RecordingChatPort firstChat = new RecordingChatPort("a");
        RecordingChatPort secondChat = new RecordingChatPort("b");
        FollowUpBot first = FollowUpBot.create(jdbi, clock, firstChat, BotSettings.defaults(ROME, "first"));
        FollowUpBot second = FollowUpBot.create(jdbi, clock, secondChat, BotSettings.defaults(ROME, "second"));
        AtomicInteger handled = new AtomicInteger();
        for (int i = 0; i < EVENTS; i++) {
            ChatUser user = new ChatUser(Platform.SLACK, "U" + i, "User " + i, "en");
            Inbound text = new Inbound.Text(user, ChatId.privateChat("D" + i), "met Anna Rossi at the expo");
            InboundEvent event = InboundEvent.of("slack:T1", "Ev" + i);
            CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> first.handle(event, text));
            CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> second.handle(event, text));
            handled.addAndGet((a.get() ? 1 : 0) + (b.get() ? 1 : 0));
        }
        int meetings = jdbi.withHandle(h -> h.createQuery("select count(*) from meeting").mapTo(Integer.class).one());
        System.out.printf("Concurrent redelivery: %d events each to 2 instances at once; handled %d, meetings %d, replies %d%n",
                EVENTS, handled.get(), meetings, firstChat.all().size() + secondChat.all().size());
        assertThat(handled.get()).as("each event handled by one instance").isEqualTo(EVENTS);
        assertThat(meetings).as("each meeting logged once").isEqualTo(EVENTS);
        assertThat(firstChat.all().size() + secondChat.all().size()).as("each answered once").isEqualTo(EVENTS);
    }
}
