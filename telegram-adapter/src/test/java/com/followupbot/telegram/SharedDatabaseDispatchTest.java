package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.testing.DueSteps;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: three bot instances on one database, many due follow-ups (5,000 in the normal build,
 * {@code -Preliability} makes it 100,000): each prompt reaches the fake Bot API exactly once, none is left.
 * Counted where it matters, in WireMock's journal, per chat (one step per chat).
 */
class SharedDatabaseDispatchTest {

    static final int STEPS = Integer.getInteger("reliability.steps", 5_000);
    private static final long FIRST_CHAT = 500_000;

    @Test
    void threeInstancesPromptEveryDueStepExactlyOnce() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            DataSource database = TestDatabase.fresh();
            ZonedDateTime tuesdayMorning = ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, TelegramTestBot.ROME);
            DueSteps.seed(database, "TELEGRAM", FIRST_CHAT, STEPS, 1, tuesdayMorning.toInstant());
            // a clock that stands still: no lease runs out, so no instance takes over another's claim
            MovableClock clock = new MovableClock(tuesdayMorning.toInstant(), TelegramTestBot.ROME);
            Jdbi jdbi = Storage.jdbi(database);
            List<TelegramAdapter> adapters = new ArrayList<>();
            List<FollowUpBot> bots = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                TelegramAdapter adapter = TelegramAdapter.connect(TelegramConfig.longPolling(FakeBotApi.TOKEN, api.url()));
                adapters.add(adapter);
                bots.add(FollowUpBot.create(jdbi, clock, new UnpacedPort(adapter.chatPort()),
                        new BotSettings(TelegramTestBot.ROME, "instance-" + i, Duration.ofMinutes(2), 500)));
            }
            long start = System.nanoTime();
            List<CompletableFuture<Integer>> runs = bots.stream()
                    .map(bot -> CompletableFuture.supplyAsync(bot::dispatchDuePrompts)).toList();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
            double seconds = (System.nanoTime() - start) / 1e9;
            adapters.forEach(TelegramAdapter::close);

            Map<Long, Long> perChat = api.bodies("sendmessage").stream()
                    .collect(Collectors.groupingBy(body -> body.get("chat_id").asLong(), Collectors.counting()));
            long requests = perChat.values().stream().mapToLong(Long::longValue).sum();
            long duplicates = perChat.values().stream().mapToLong(n -> n - 1).sum();
            long lost = STEPS - perChat.size();
            List<Integer> byInstance = runs.stream().map(CompletableFuture::join).toList();
            System.out.printf("Shared database: %,d due steps, 3 instances %s, %,d sendMessage requests in %.1f s "
                    + "(%,.0f/s); duplicates %d, lost %d%n", STEPS, byInstance, requests, seconds, requests / seconds,
                    duplicates, lost);

            assertThat(perChat).as("every chat prompted").hasSize(STEPS);
            assertThat(perChat.values()).as("each exactly once").allMatch(n -> n == 1);
            assertThat(perChat.keySet()).allMatch(chat -> chat > FIRST_CHAT && chat <= FIRST_CHAT + STEPS);
            assertThat(byInstance).as("all three took part").allMatch(n -> n > 0);
            assertThat(byInstance.stream().mapToInt(Integer::intValue).sum()).isEqualTo(STEPS);
            assertThat(count(jdbi, "select count(*) from follow_up_step where state <> 'PROMPTED'")).as("none left behind").isZero();
            assertThat(count(jdbi, "select count(*) from prompt_delivery where delivered_at is not null")).isEqualTo(STEPS);
        }
    }

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
