package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.ops.BotMetrics;
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
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * 300 prompts due at once for 100 users of one workspace, sent by two instances sharing one database and
 * one simulated clock: the bot's clock at each request WireMock receives must never show two messages to
 * one channel within a second, nor more than 300 in any minute for the workspace (chat.postMessage's
 * special tier). Time moves only while both instances wait for a slot, so the ~70 s of the burst take no
 * real time and the machine's load cannot bend them.
 */
class BurstPacingTest {

    private static final int USERS = 100;

    @Test
    void aBurstOf300PromptsTo100DmsStaysUnderSlacksLimits() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            DataSource database = TestDatabase.fresh();
            Jdbi jdbi = Storage.jdbi(database);
            MovableClock clock = new MovableClock(SlackTestBot.thursdayEvening().toInstant(), SlackTestBot.ROME);
            // The meetings are logged through a port that only records, so that only the prompts go to Slack.
            FollowUpBot logging = FollowUpBot.create(jdbi, clock, new RecordingChatPort(), BotSettings.defaults(SlackTestBot.ROME, "setup"));
            for (int i = 0; i < USERS; i++) {
                ChatUser user = new ChatUser(Platform.SLACK, SlackIds.of(FakeSlackApi.TEAM, "U2" + i), "User " + i, "en-US",
                        "Europe/Rome");
                logging.handle(new Inbound.Text(user, ChatId.privateChat(SlackIds.of(FakeSlackApi.TEAM, "D2" + i)),
                        "met Anna Rossi at the expo"));
            }
            assertThat(count(jdbi, "select count(*) from follow_up_step where state = 'PENDING'")).isEqualTo(3 * USERS);
            SimulatedTime time = new SimulatedTime(clock);
            FollowUpBot first = instance(api, jdbi, time, "instance-a");
            FollowUpBot second = instance(api, jdbi, time, "instance-b");
            api.stampWith(clock);

            clock.set(ZonedDateTime.of(2026, 4, 30, 10, 0, 0, 0, SlackTestBot.ROME).toInstant()); // all three steps due
            time.start(2);
            CompletableFuture.allOf(CompletableFuture.runAsync(() -> dispatchAll(first, jdbi, time)),
                    CompletableFuture.runAsync(() -> dispatchAll(second, jdbi, time))).get();

            List<FakeSlackApi.Stamp> sends = api.stamped("chat.postMessage");
            assertThat(sends).hasSize(3 * USERS);
            Map<String, List<Long>> byChannel = sends.stream().collect(Collectors.groupingBy(call -> call.form().get("channel"),
                    Collectors.mapping(call -> call.at().toEpochMilli(), Collectors.toList())));
            assertThat(byChannel).hasSize(USERS).allSatisfy((channel, times) -> assertThat(times).hasSize(3));
            assertThat(count(jdbi, "select count(distinct instance) from prompt_delivery where delivered_at is not null"))
                    .as("both instances sent").isEqualTo(2);

            List<Long> times = sends.stream().map(call -> call.at().toEpochMilli()).sorted().toList();
            int busiestMinute = SendTimes.busiest(times, 60_000);
            int busiestSecond = SendTimes.busiest(times, 1_000);
            long closestInAChannel = byChannel.values().stream().mapToLong(SendTimes::closest).min().orElseThrow();
            double seconds = (times.get(times.size() - 1) - times.get(0)) / 1000.0;
            double rate = (times.size() - 1) / seconds;
            System.out.printf("Slack burst (simulated time): %d prompts to %d DMs by 2 instances in %.1f s = %.2f msg/s (%.0f/min) against the"
                    + " workspace's 300/min; busiest minute %d, busiest second %d; closest two to one DM %d ms%n", times.size(),
                    USERS, seconds, rate, rate * 60, busiestMinute, busiestSecond, closestInAChannel);
            assertThat(busiestMinute).as("messages in any one minute, whole workspace").isLessThanOrEqualTo(300);
            assertThat(closestInAChannel).as("ms between two messages to one DM").isGreaterThanOrEqualTo(1000);
            assertThat(rate).as("paced, not stalled").isGreaterThan(3.0);
        }
    }

    private static FollowUpBot instance(FakeSlackApi api, Jdbi jdbi, SimulatedTime time, String name) throws SlackStartException {
        SlackAdapter adapter = SlackAdapter.connect(SlackConfig.http(FakeSlackApi.BOT_TOKEN, FakeSlackApi.SIGNING_SECRET,
                api.apiUrl(), 0));
        return FollowUpBot.create(jdbi, time.clock(), time, List.of(adapter.chatPort()),
                BotSettings.defaults(SlackTestBot.ROME, name), BotMetrics.NONE);
    }

    /** Dispatches until no prompt is left, however the work falls between the instances; waits on the simulated time. */
    private static void dispatchAll(FollowUpBot instance, Jdbi jdbi, SimulatedTime time) {
        try {
            for (int round = 0; count(jdbi, "select count(*) from follow_up_step where state = 'PENDING'") > 0; round++) {
                assertThat(round).as("rounds of dispatch").isLessThan(20_000);
                instance.dispatchDuePrompts();
                time.pause(Duration.ofMillis(100));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            time.leave();
        }
    }

    private static int count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }
}
