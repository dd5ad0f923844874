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
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, Slack's side: chat.postMessage rate-limited in the forms Slack uses, one per DM, under the real
 * adapter and the core's pacer on a movable clock (its pauses move the clock, so no real time is waited).
 * HTTP 429 with {@code Retry-After: 3}; HTTP 200 {@code "ok":false,"error":"ratelimited"} with the same header,
 * and without one (the pacer's one-second default). Each prompt is sent exactly once more, no sooner than
 * it was told on the bot's clock; nothing is lost, and later rounds send nothing again.
 */
class RateLimitFaultsTest {

    private static final String HTTP_429 = "D3429";
    private static final String REFUSED = "D3200";
    private static final String REFUSED_BARE = "D3201";
    private static final String QUIET = "D3000";
    private static final List<String> DMS = List.of(HTTP_429, REFUSED, REFUSED_BARE, QUIET);

    @Test
    void everyRateLimitedPromptIsSentOnceAfterTheWaitItWasGiven() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
            MovableClock clock = new MovableClock(SlackTestBot.thursdayEvening().toInstant(), SlackTestBot.ROME);
            logAMeetingInEachDm(jdbi, clock);
            SlackAdapter adapter = SlackAdapter.connect(SlackConfig.http(FakeSlackApi.BOT_TOKEN, FakeSlackApi.SIGNING_SECRET,
                    api.apiUrl(), 0));
            FollowUpBot bot = FollowUpBot.create(jdbi, clock, adapter.chatPort(), BotSettings.defaults(SlackTestBot.ROME, "faults"));
            api.stampWith(clock);
            Failures.rateLimited(api, HTTP_429, 3, 1);
            Failures.refusedAsRateLimited(api, REFUSED, 3);
            Failures.refusedAsRateLimited(api, REFUSED_BARE, null);

            clock.set(ZonedDateTime.of(2026, 3, 13, 9, 0, 30, 0, SlackTestBot.ROME).toInstant()); // each DM's first step due
            bot.dispatchDuePrompts();

            assertThat(postsTo(api, HTTP_429)).as("429, then once more").hasSize(2);
            assertThat(gap(api, HTTP_429)).as("Retry-After: 3, on the bot's clock").isGreaterThanOrEqualTo(Duration.ofSeconds(3));
            assertThat(postsTo(api, REFUSED)).as("ok:false ratelimited, then once more").hasSize(2);
            assertThat(gap(api, REFUSED)).as("its Retry-After: 3").isGreaterThanOrEqualTo(Duration.ofSeconds(3));
            assertThat(postsTo(api, REFUSED_BARE)).hasSize(2);
            assertThat(gap(api, REFUSED_BARE)).as("no Retry-After: a second").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(postsTo(api, QUIET)).hasSize(1);
            assertThat(api.sent()).as("one prompt accepted in every DM").extracting(SlackMessage::channel)
                    .containsExactlyInAnyOrderElementsOf(DMS);
            assertThat(api.sent()).allSatisfy(prompt -> assertThat(prompt.sections()).contains("Step 1 of 3"));

            int calls = api.calls("chat.postMessage").size();
            for (int round = 0; round < 5; round++) {
                clock.advance(Duration.ofSeconds(5));
                bot.dispatchDuePrompts();
            }
            assertThat(api.calls("chat.postMessage")).as("no hot loop, no second prompt").hasSize(calls);
            assertThat(count(jdbi, "select count(*) from follow_up_step where state = 'PROMPTED'")).isEqualTo(DMS.size());
            assertThat(count(jdbi, "select count(*) from prompt_delivery where delivered_at is not null")).isEqualTo(DMS.size());
            adapter.close();
        }
    }

    /** "met Anna Rossi at the expo" in each DM, through a port that only records: only the prompts go to Slack. */
    private static void logAMeetingInEachDm(Jdbi jdbi, MovableClock clock) {
        FollowUpBot logging = FollowUpBot.create(jdbi, clock, new RecordingChatPort(), BotSettings.defaults(SlackTestBot.ROME, "setup"));
        for (String dm : DMS) {
            ChatUser user = new ChatUser(Platform.SLACK, SlackIds.of(FakeSlackApi.TEAM, "U" + dm.substring(1)), "User " + dm,
                    "en-US", "Europe/Rome");
            logging.handle(new Inbound.Text(user, ChatId.privateChat(SlackIds.of(FakeSlackApi.TEAM, dm)), "met Anna Rossi at the expo"));
        }
    }

    private static List<FakeSlackApi.Stamp> postsTo(FakeSlackApi api, String channel) {
        return api.stamped("chat.postMessage").stream().filter(call -> channel.equals(call.form().get("channel"))).toList();
    }

    /** Between the first two chat.postMessage calls to a channel, on the bot's clock. */
    private static Duration gap(FakeSlackApi api, String channel) {
        List<FakeSlackApi.Stamp> posts = postsTo(api, channel);
        return Duration.between(posts.get(0).at(), posts.get(1).at());
    }

    private static int count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }
}
