package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.MovableClock;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.SendTimes;
import com.followupbot.testing.SimulatedTime;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * 300 prompts due at once for 100 users, sent by two instances sharing one database and one simulated
 * clock: the bot's clock at each request WireMock receives must never show more than 30 messages in a
 * second, or two to one chat within a second. Time moves only while both instances wait for a slot, so
 * the test reads the pacing, not the machine's load, and takes no real time for the ~12 s it simulates.
 * The real-time figure is the benchmarks' (BurstDrain).
 */
class BurstPacingTest {

    private static final int USERS = 100;

    @Test
    void aBurstOf300PromptsTo100ChatsStaysUnderTelegramsLimits() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            DataSource database = TestDatabase.fresh();
            MovableClock clock = new MovableClock(TelegramTestBot.thursdayEvening().toInstant(), TelegramTestBot.ROME);
            SimulatedTime time = new SimulatedTime(clock);
            TelegramConfig config = TelegramConfig.longPolling(FakeBotApi.TOKEN, api.url());
            TelegramTestBot first = new TelegramTestBot(api, database, clock, time, "instance-a", config);
            TelegramTestBot second = new TelegramTestBot(api, database, clock, time, "instance-b", config);
            for (int i = 0; i < USERS; i++) {
                ChatUser user = new ChatUser(Platform.TELEGRAM, String.valueOf(20_000 + i), "User " + i, "en");
                first.bot.handle(new Inbound.Text(user, ChatId.privateChat(user.platformUserId()), "met Anna Rossi at the expo"));
            }
            assertThat(first.count("select count(*) from follow_up_step where state = 'PENDING'")).isEqualTo(3 * USERS);
            int before = api.stamped("sendmessage").size();

            clock.set(ZonedDateTime.of(2026, 4, 30, 10, 0, 0, 0, TelegramTestBot.ROME).toInstant()); // all three steps due
            time.start(2);
            CompletableFuture.allOf(CompletableFuture.runAsync(() -> dispatchAll(first, time)),
                    CompletableFuture.runAsync(() -> dispatchAll(second, time))).get();

            List<FakeBotApi.Stamp> sends = api.stamped("sendmessage").subList(before, api.stamped("sendmessage").size());
            assertThat(sends).hasSize(3 * USERS);
            Map<Long, List<Long>> byChat = sends.stream().collect(Collectors.groupingBy(send -> send.body().get("chat_id").asLong(),
                    Collectors.mapping(send -> send.at().toEpochMilli(), Collectors.toList())));
            assertThat(byChat).hasSize(USERS).allSatisfy((chat, times) -> assertThat(times).hasSize(3));
            assertThat(first.count("select count(distinct instance) from prompt_delivery where delivered_at is not null"))
                    .as("both instances sent").isEqualTo(2);

            List<Long> times = sends.stream().map(send -> send.at().toEpochMilli()).sorted().toList();
            int busiestSecond = SendTimes.busiest(times, 1_000);
            long closestInAChat = byChat.values().stream().mapToLong(SendTimes::closest).min().orElseThrow();
            double seconds = (times.get(times.size() - 1) - times.get(0)) / 1000.0;
            double rate = (times.size() - 1) / seconds;
            System.out.printf("Burst (simulated time): %d prompts to %d chats by 2 instances in %.1f s = %.1f msg/s against"
                    + " Telegram's 30 msg/s; busiest second %d messages; closest two to one chat %d ms%n", times.size(), USERS,
                    seconds, rate, busiestSecond, closestInAChat);
            assertThat(busiestSecond).as("messages in any one second, all chats").isLessThanOrEqualTo(30);
            assertThat(closestInAChat).as("ms between two messages to one chat").isGreaterThanOrEqualTo(1000);
            assertThat(rate).as("paced, not stalled").isGreaterThan(20.0);
        }
    }

    /** Dispatches until no prompt is left, however the work falls between the instances; waits on the simulated time. */
    static void dispatchAll(TelegramTestBot instance, SimulatedTime time) {
        try {
            for (int round = 0; instance.count("select count(*) from follow_up_step where state = 'PENDING'") > 0; round++) {
                assertThat(round).as("rounds of dispatch").isLessThan(10_000);
                instance.bot.dispatchDuePrompts();
                time.pause(Duration.ofMillis(100));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            time.leave();
        }
    }
}
