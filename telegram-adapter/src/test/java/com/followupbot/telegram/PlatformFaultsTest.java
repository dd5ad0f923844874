package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.testing.DueSteps;
import com.followupbot.testing.TestDatabase;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Issue 13: the Bot API misbehaving in every way at once, one way per chat, under the real (paced)
 * Telegram port: a short and a long 429, 500s that pass and one that lasts, connection resets, an answer
 * later than the client's timeout, a slow answer. Nothing is lost, retry_after is honoured, the retries of
 * a send are bounded, and a failed prompt waits for its (doubling) retry time instead of looping.
 * Isolated: the waits it checks are the pacing's, not the machine's load.
 */
@Isolated
class PlatformFaultsTest {

    private static final long FIRST = 700_000;
    private static final long SHORT_FLOOD = FIRST + 1;
    private static final long PASSING_ERRORS = FIRST + 2;
    private static final long DOWN = FIRST + 3;
    private static final long RESETS = FIRST + 4;
    private static final long TOO_LATE = FIRST + 5;
    private static final long SLOW = FIRST + 6;
    private static final long LONG_FLOOD = FIRST + 7;
    private static final int CHATS = 12;
    /** OkHttp's default read timeout, which the adapter keeps. */
    private static final int CLIENT_TIMEOUT_MS = 10_000;

    @Test
    void everyPromptGetsThroughWhateverTheBotApiDoes() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            DataSource database = TestDatabase.fresh();
            ZonedDateTime start = ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, TelegramTestBot.ROME);
            DueSteps.seed(database, "TELEGRAM", FIRST, CHATS, 1, start.toInstant());
            MovableClock clock = new MovableClock(start.toInstant(), TelegramTestBot.ROME);
            TelegramTestBot telegram = new TelegramTestBot(api, database, clock, "faults",
                    TelegramConfig.longPolling(FakeBotApi.TOKEN, api.url()));
            api.stampWith(clock); // the waits are on the bot's clock, which its pauses move
            Failures.floodedFor(api, SHORT_FLOOD, 1, 1);
            Failures.serverErrors(api, PASSING_ERRORS, 2);
            StubMapping down = Failures.down(api, DOWN);
            Failures.connectionReset(api, RESETS, 2);
            Failures.answeredTooLateOnce(api, TOO_LATE, CLIENT_TIMEOUT_MS + 1_000);
            Failures.slow(api, SLOW, 2_000);
            Failures.floodedFor(api, LONG_FLOOD, 7, 1);

            telegram.bot.dispatchDuePrompts();
            assertThat(callsTo(api, DOWN)).as("a send is tried at most 4 times in a row").hasSize(4);
            assertThat(retryAfterLastTry(telegram, api, DOWN)).as("first retry of a failing chat").isEqualTo(Duration.ofMinutes(1));
            // the chat flooded for 7 s may be through already: the round's own waits moved the bot's clock past it
            assertThat(delivered(api)).as("the rest are through").doesNotContain(DOWN).hasSizeBetween(CHATS - 2, CHATS - 1);

            int before = api.calls("sendmessage").size();
            for (int i = 0; i < 5; i++) {
                telegram.bot.dispatchDuePrompts();
            }
            assertThat(api.calls("sendmessage")).as("no hot loop: nothing is due again before its time").hasSize(before);

            clock.set(clock.instant().plusSeconds(61)); // from the bot's now: the first round's waits moved it
            telegram.bot.dispatchDuePrompts();
            assertThat(callsTo(api, LONG_FLOOD)).as("the chat flooded for 7 s, sent again once its time came").hasSize(2);
            assertThat(callsTo(api, DOWN)).as("the second round of a failing chat, bounded again").hasSize(8);
            assertThat(retryAfterLastTry(telegram, api, DOWN)).as("the retry doubles").isEqualTo(Duration.ofMinutes(2));

            api.server().removeStub(down);
            clock.set(clock.instant().plusSeconds(121));
            telegram.bot.dispatchDuePrompts();

            List<LoggedRequest> flood = callsTo(api, SHORT_FLOOD);
            List<LoggedRequest> longFlood = callsTo(api, LONG_FLOOD);
            assertThat(flood).hasSize(2);
            assertThat(longFlood).as("a long retry_after goes back to the queue, then through").hasSize(2);
            assertThat(gapOnBotClock(api, SHORT_FLOOD)).as("retry_after: 1 waited out").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(gapOnBotClock(api, LONG_FLOOD)).as("retry_after: 7 waited out").isGreaterThanOrEqualTo(Duration.ofSeconds(7));
            assertThat(callsTo(api, PASSING_ERRORS)).as("two 500s, then through").hasSize(3);
            assertThat(callsTo(api, RESETS)).as("two resets, then through").hasSize(3);
            assertThat(callsTo(api, SLOW)).as("a slow answer is waited for, not retried").hasSize(1);
            // the answer the client gave up on is not in WireMock's journal (it journals what it could answer):
            // on Telegram it may have been delivered, the one duplicate a timeout can make
            assertThat(callsTo(api, TOO_LATE)).as("timed out, then sent again at once").isNotEmpty();
            assertThat(callsTo(api, DOWN)).hasSize(9);
            List<Long> delivered = delivered(api);
            assertThat(delivered).as("every chat got its prompt").containsAll(LongStream.rangeClosed(FIRST + 1, FIRST + CHATS).boxed().toList());
            assertThat(delivered).as("at most one duplicate: the answer the bot never saw").hasSizeBetween(CHATS, CHATS + 1);
            assertThat(telegram.count("select count(*) from follow_up_step where state <> 'PROMPTED'")).isZero();
            System.out.printf("Platform faults: %d chats, %d sendMessage requests, %d answered with a message (the timed-out "
                    + "one aside), none lost%n", CHATS, api.calls("sendmessage").size(), delivered.size());
            telegram.adapter.close();
        }
    }

    private static List<LoggedRequest> callsTo(FakeBotApi api, long chatId) {
        return api.calls("sendmessage").stream()
                .filter(call -> FakeBotApi.json(call.getBodyAsString()).get("chat_id").asLong() == chatId).toList();
    }

    /** The chat of every sendMessage WireMock answered with a message, whether the bot read the answer or not. */
    private static List<Long> delivered(FakeBotApi api) {
        return api.server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().toLowerCase(Locale.ROOT).endsWith("/sendmessage"))
                .filter(PlatformFaultsTest::answeredWithAMessage)
                .map(event -> FakeBotApi.json(event.getRequest().getBodyAsString()).get("chat_id").asLong()).toList();
    }

    private static boolean answeredWithAMessage(ServeEvent event) {
        return event.getResponse() != null && event.getResponse().getStatus() == 200
                && event.getResponse().getBodyAsString().contains("\"message_id\"");
    }

    /** How long after the chat's last request (on the bot's clock) its step may be claimed again. */
    private static Duration retryAfterLastTry(TelegramTestBot telegram, FakeBotApi api, long chatId) {
        List<Instant> at = api.stamped("sendmessage").stream()
                .filter(stamp -> stamp.body() != null && stamp.body().get("chat_id").asLong() == chatId)
                .map(FakeBotApi.Stamp::at).toList();
        return retryIn(telegram, chatId).plus(Duration.between(at.get(at.size() - 1), telegram.clock.instant()));
    }

    /** How long after the bot's now the chat's step may be claimed again. */
    private static Duration retryIn(TelegramTestBot telegram, long chatId) {
        Instant retryAt = Storage.jdbi(telegram.database).withHandle(handle -> handle.createQuery("""
                select s.next_attempt_at from follow_up_step s join user_identity i on i.user_id = s.user_id
                where i.private_chat_id = :chat
                """).bind("chat", String.valueOf(chatId)).mapTo(Instant.class).one());
        return Duration.between(telegram.clock.instant(), retryAt);
    }

    /** Between the first two sendMessage requests to a chat, on the bot's clock. */
    private static Duration gapOnBotClock(FakeBotApi api, long chatId) {
        List<Instant> at = api.stamped("sendmessage").stream()
                .filter(stamp -> stamp.body() != null && stamp.body().get("chat_id").asLong() == chatId)
                .map(FakeBotApi.Stamp::at).toList();
        return Duration.between(at.get(0), at.get(1));
    }
}
