package com.followupbot.telegram;

import static com.followupbot.telegram.TelegramTestBot.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.Storage;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Telegram refuses: 429 is waited out, 403 stops prompting until the user writes again, network errors are retried. */
class DeliveryFailuresTest {

    private final TelegramUser paola = new TelegramUser(7070, "Paola", "en");

    @Test
    void tooManyRequestsIsWaitedOutForRetryAfterAndSentAgain() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            Failures.floodedFor(telegram.api, paola.id(), 1, 1);
            telegram.deliver(paola.says("/start"));

            assertThat(telegram.awaitSent(1).text()).startsWith("I help you follow up");
            List<FakeBotApi.Stamp> attempts = callsTo(telegram, paola.id());
            assertThat(attempts).hasSize(2);
            assertThat(millisBetween(attempts.get(0), attempts.get(1))).as("retry_after: 1").isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void aLongRetryAfterPostponesThePromptAndNothingIsLost() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            telegram.deliver(paola.says("met Anna Rossi at the expo"));
            telegram.awaitSent(1);
            Failures.floodedFor(telegram.api, paola.id(), 6, 1);

            telegram.advanceTo(at(13, 9, 0));
            assertThat(telegram.api.sent()).as("no prompt while Telegram says wait 6 s").hasSize(1);
            assertThat(stepStates(telegram)).contains("PENDING");

            telegram.advanceTo(at(13, 9, 1)); // the dispatcher's next rounds; the pacer holds the chat until retry_after passed
            TelegramMessage prompt = telegram.awaitSent(2);
            assertThat(prompt.text()).contains("Step 1 of 3");
            List<FakeBotApi.Stamp> attempts = callsTo(telegram, paola.id());
            assertThat(millisBetween(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(6000);
            assertThat(telegram.api.sent()).filteredOn(m -> m.text().contains("Step 1 of 3")).hasSize(1);
        }
    }

    @Test
    void aUserWhoBlockedTheBotIsNotPromptedButKeepsTheirDataAndResumesByWriting() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            telegram.deliver(paola.says("met Anna Rossi at the expo"));
            telegram.awaitSent(1);
            var blocked = Failures.blockedBy(telegram.api, paola.id());

            telegram.advanceTo(at(13, 9, 0));
            assertThat(callsTo(telegram, paola.id())).as("a 403 is not retried").hasSize(2);
            assertThat(blockedAt(telegram)).isNotNull();
            telegram.advanceTo(at(13, 10, 0));
            telegram.advanceTo(at(20, 9, 0));
            assertThat(callsTo(telegram, paola.id())).as("no more prompts to a user who blocked the bot").hasSize(2);
            assertThat(telegram.count("select count(*) from contact")).as("their data is kept").isEqualTo(1);

            telegram.api.server().removeStub(blocked);
            telegram.deliver(paola.says("today"));
            assertThat(telegram.awaitSent(2).text()).contains("Anna Rossi");
            assertThat(blockedAt(telegram)).isNull();
            telegram.advanceTo(at(20, 9, 5));
            assertThat(telegram.awaitSent(3).text()).contains("Anna Rossi", "Step");
        }
    }

    @Test
    void aNetworkErrorIsRetriedAfterAPause() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            Failures.connectionReset(telegram.api, paola.id(), 4);
            telegram.deliver(paola.says("/start"));

            assertThat(telegram.awaitSent(1).text()).startsWith("I help you follow up");
            List<FakeBotApi.Stamp> attempts = callsTo(telegram, paola.id());
            assertThat(attempts).hasSize(5);
            assertThat(millisBetween(attempts.get(0), attempts.get(4))).as("two pauses, 250 and 500 ms")
                    .isGreaterThanOrEqualTo(750);
        }
    }

    /** The sendMessage requests to a chat, with their instants on the bot's clock. */
    private static List<FakeBotApi.Stamp> callsTo(TelegramTestBot telegram, long chatId) {
        return telegram.api.stamped("sendmessage").stream().filter(call -> call.body().get("chat_id").asLong() == chatId).toList();
    }

    private static long millisBetween(FakeBotApi.Stamp first, FakeBotApi.Stamp second) {
        return java.time.Duration.between(first.at(), second.at()).toMillis();
    }

    private static List<String> stepStates(TelegramTestBot telegram) {
        return Storage.jdbi(telegram.database).withHandle(handle -> handle
                .createQuery("select state from follow_up_step order by due_at").mapTo(String.class).list());
    }

    private static Object blockedAt(TelegramTestBot telegram) {
        return Storage.jdbi(telegram.database).withHandle(handle -> handle
                .createQuery("select blocked_at from user_identity").mapTo(java.time.Instant.class).findOne().orElse(null));
    }

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, ROME);
    }
}
