package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.followupbot.MovableClock;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.SendTimes;
import com.followupbot.testing.TestDatabase;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * 300 prompts due at once for 100 users, sent by two instances sharing one database: WireMock's
 * request times must never show more than 30 messages in a second, or two to one chat within a second.
 * Isolated from the other test classes, so the rate it reports is the pacing's, not the machine's load.
 */
@Isolated
class BurstPacingTest {

    private static final int USERS = 100;

    @Test
    void aBurstOf300PromptsTo100ChatsStaysUnderTelegramsLimits() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            DataSource database = TestDatabase.fresh();
            MovableClock clock = new MovableClock(TelegramTestBot.thursdayEvening().toInstant(), TelegramTestBot.ROME);
            TelegramConfig config = TelegramConfig.longPolling(FakeBotApi.TOKEN, api.url());
            TelegramTestBot first = new TelegramTestBot(api, database, clock, "instance-a", config);
            TelegramTestBot second = new TelegramTestBot(api, database, clock, "instance-b", config);
            for (int i = 0; i < USERS; i++) {
                ChatUser user = new ChatUser(Platform.TELEGRAM, String.valueOf(20_000 + i), "User " + i, "en");
                first.bot.handle(new Inbound.Text(user, ChatId.privateChat(user.platformUserId()), "met Anna Rossi at the expo"));
            }
            assertThat(first.count("select count(*) from follow_up_step where state = 'PENDING'")).isEqualTo(3 * USERS);
            api.server().resetRequests();

            clock.set(ZonedDateTime.of(2026, 4, 30, 10, 0, 0, 0, TelegramTestBot.ROME).toInstant()); // all three steps due
            CompletableFuture.allOf(CompletableFuture.runAsync(() -> dispatchAll(first)),
                    CompletableFuture.runAsync(() -> dispatchAll(second))).get();

            await().atMost(Duration.ofSeconds(5)).until(() -> api.calls("sendmessage").size() >= 3 * USERS);
            List<LoggedRequest> sends = api.calls("sendmessage");
            assertThat(sends).hasSize(3 * USERS);
            Map<Long, List<Long>> byChat = sends.stream().collect(Collectors.groupingBy(
                    call -> FakeBotApi.json(call.getBodyAsString()).get("chat_id").asLong(),
                    Collectors.mapping(call -> call.getLoggedDate().getTime(), Collectors.toList())));
            assertThat(byChat).hasSize(USERS).allSatisfy((chat, times) -> assertThat(times).hasSize(3));
            assertThat(first.count("select count(distinct instance) from prompt_delivery where delivered_at is not null"))
                    .as("both instances sent").isEqualTo(2);

            List<Long> times = sends.stream().map(call -> call.getLoggedDate().getTime()).sorted().toList();
            int busiestSecond = SendTimes.busiest(times, 1_000);
            long closestInAChat = byChat.values().stream().mapToLong(SendTimes::closest).min().orElseThrow();
            double seconds = (times.get(times.size() - 1) - times.get(0)) / 1000.0;
            double rate = (times.size() - 1) / seconds;
            System.out.printf("Burst: %d prompts to %d chats by 2 instances in %.1f s = %.1f msg/s against Telegram's 30 msg/s;"
                    + " busiest second %d messages; closest two to one chat %d ms%n", times.size(), USERS, seconds, rate,
                    busiestSecond, closestInAChat);
            assertThat(busiestSecond).as("messages in any one second, all chats").isLessThanOrEqualTo(30);
            assertThat(closestInAChat).as("ms between two messages to one chat").isGreaterThanOrEqualTo(1000);
            assertThat(rate).as("paced, not stalled").isGreaterThan(15.0);
        }
    }

    /** Dispatches until no prompt is left, however the work falls between the instances. */
    private static void dispatchAll(TelegramTestBot instance) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            instance.bot.dispatchDuePrompts();
            return instance.count("select count(*) from follow_up_step where state = 'PENDING'") == 0;
        });
    }
}
