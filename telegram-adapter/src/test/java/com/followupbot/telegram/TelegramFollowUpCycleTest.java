package com.followupbot.telegram;

import static com.followupbot.telegram.TelegramTestBot.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole 24/7/30 cycle as Telegram sees it: getUpdates brings the user's messages and presses,
 * sendMessage carries prompts with inline keyboards, answerCallbackQuery and editMessageText answer
 * each press, and a typed reply to a prompt answers it too.
 */
class TelegramFollowUpCycleTest {

    private final TelegramUser paola = new TelegramUser(4242, "Paola", "en");

    @Test
    void aWholeCycleThroughTheBotApi() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            telegram.deliver(paola.says("met Anna Rossi from Acme at the expo — needs a new website"));
            TelegramMessage confirmation = telegram.awaitSent(1);
            assertThat(confirmation.chatId()).isEqualTo(4242);
            assertThat(confirmation.text()).contains("Anna Rossi", "Acme", "needs a new website",
                    "tomorrow 09:00 a personal note", "Mon 13 Apr call to book a one-to-one");
            assertThat(confirmation.labels()).containsExactly("Looks right", "Fix", "Undo");
            assertThat(confirmation.callbackData()).allSatisfy(data ->
                    assertThat(data.getBytes(StandardCharsets.UTF_8).length).isBetween(1, 64));

            telegram.deliver(paola.presses(confirmation, "Looks right"));
            assertThat(telegram.awaitCall("answercallbackquery", 1).get("text").asText()).isEqualTo("Saved");
            JsonNode reviewed = telegram.awaitCall("editmessagetext", 1);
            assertThat(reviewed.get("message_id").asInt()).isEqualTo(confirmation.messageId());
            assertThat(reviewed.get("text").asText()).startsWith("Saved ✔ Anna Rossi");
            assertThat(reviewed.has("reply_markup")).as("the answered keyboard is gone").isFalse();

            telegram.advanceTo(at(3, 13, 9, 0));
            TelegramMessage note = telegram.awaitSent(2);
            assertThat(note.text()).startsWith("✉️ Anna Rossi — you met yesterday at the expo")
                    .contains("Step 1 of 3", "Hi Anna, it was a pleasure meeting you at the expo yesterday.", "— Paola");
            assertThat(note.labels()).containsExactly("Done", "Skip", "Snooze 1 d", "Snooze 3 d", "Snooze 1 w");
            telegram.deliver(paola.presses(note, "Done"));
            assertThat(telegram.awaitCall("answercallbackquery", 2).get("text").asText()).isEqualTo("Saved");
            JsonNode done = telegram.awaitCall("editmessagetext", 2);
            assertThat(done.get("message_id").asInt()).isEqualTo(note.messageId());
            assertThat(done.get("text").asText()).isEqualTo("✅ Note to Anna Rossi — done Fri 13 Mar.");
            assertThat(done.has("reply_markup")).isFalse();

            telegram.advanceTo(at(3, 19, 9, 0));
            TelegramMessage connect = telegram.awaitSent(3);
            assertThat(connect.text()).contains("Step 2 of 3: connect with Anna on LinkedIn");
            telegram.deliver(paola.replies(connect.messageId(), "done, sent her an invitation"));
            JsonNode typed = telegram.awaitCall("editmessagetext", 3);
            assertThat(typed.get("message_id").asInt()).isEqualTo(connect.messageId());
            assertThat(typed.get("text").asText()).isEqualTo("✅ LinkedIn with Anna Rossi — done Thu 19 Mar.");
            assertThat(telegram.awaitSent(4).text()).isEqualTo("✅ LinkedIn with Anna Rossi — done Thu 19 Mar. Next: the call, Mon 13 Apr.");

            telegram.advanceTo(at(4, 13, 9, 0));
            TelegramMessage call = telegram.awaitSent(5);
            assertThat(call.text()).contains("Step 3 of 3: call Anna to book a one-to-one");
            assertThat(call.labels()).first().isEqualTo("Booked one-to-one");
            telegram.deliver(paola.presses(call, "Booked one-to-one"));
            assertThat(telegram.awaitCall("editmessagetext", 4).get("text").asText())
                    .startsWith("📅 Call to Anna Rossi — one-to-one booked");
            TelegramMessage when = telegram.awaitSent(6);
            assertThat(when.text()).startsWith("Great! When is the one-to-one?");
            assertThat(when.labels()).containsExactly("Not fixed yet");
            telegram.deliver(paola.says("Tuesday 10:00"));
            assertThat(telegram.awaitCall("editmessagetext", 5).get("text").asText()).contains("for Tue 14 Apr 10:00");
            assertThat(telegram.awaitSent(7).text()).isEqualTo("📅 One-to-one with Anna Rossi on Tue 14 Apr 10:00. I’ll remind you that morning.");

            assertThat(gapsBetween(telegram.api.stamped("sendmessage"), telegram.api.stamped("editmessagetext")))
                    .as("one chat never gets two messages within a second").allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(1000));
        }
    }

    @Test
    void pollsOnFromTheUpdateAfterTheLastOneHandled() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            var first = paola.says("/start");
            telegram.deliver(first);
            assertThat(telegram.awaitSent(1).text()).startsWith("I help you follow up");
            long handled = first.get("update_id").asLong();
            org.awaitility.Awaitility.await().atMost(TelegramTestBot.PATIENCE).until(() -> telegram.api.bodies("getupdates")
                    .stream().anyMatch(body -> body.get("offset").asLong() == handled + 1));
            JsonNode poll = telegram.api.bodies("getupdates").get(0);
            assertThat(poll.get("allowed_updates")).extracting(JsonNode::asText).containsExactly("message", "callback_query");
            assertThat(telegram.api.calls("deletewebhook")).as("long polling clears any webhook first").hasSize(1);
        }
    }

    private static ZonedDateTime at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ROME);
    }

    /** Milliseconds on the bot's clock between consecutive messages and edits, all to the one chat of this test. */
    static List<Long> gapsBetween(List<FakeBotApi.Stamp> sends, List<FakeBotApi.Stamp> edits) {
        List<FakeBotApi.Stamp> all = new ArrayList<>(sends);
        all.addAll(edits);
        all.sort(Comparator.comparing(FakeBotApi.Stamp::at));
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            gaps.add(java.time.Duration.between(all.get(i - 1).at(), all.get(i).at()).toMillis());
        }
        return gaps;
    }
}
