package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Callback data is an opaque token that resolves only for the user it was made for: a forged one, one
 * pressed by someone else, or one pressed again changes nothing and only gets a toast.
 */
class CallbackSecurityTest {

    private final TelegramUser paola = new TelegramUser(4242, "Paola", "en");
    private final TelegramUser marco = new TelegramUser(5151, "Marco", "en");

    @Test
    void forgedForeignAndReplayedPressesChangeNothing() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            telegram.deliver(paola.says("met Anna Rossi from Acme at the expo"));
            TelegramMessage confirmation = telegram.awaitSent(1);

            telegram.deliver(paola.presses(confirmation.chatId(), confirmation.messageId(), "CAPTURE_OK:1"));
            assertThat(telegram.awaitCall("answercallbackquery", 1).get("text").asText()).isEqualTo("This button has expired");
            telegram.deliver(paola.presses(confirmation.chatId(), confirmation.messageId(), "x".repeat(200)));
            assertThat(telegram.awaitCall("answercallbackquery", 2).get("text").asText()).isEqualTo("This button has expired");
            telegram.deliver(marco.presses(confirmation, "Undo"));
            assertThat(telegram.awaitCall("answercallbackquery", 3).get("text").asText()).isEqualTo("This button has expired");
            assertThat(telegram.api.calls("editmessagetext")).as("no prompt was edited").isEmpty();
            assertThat(telegram.count("select count(*) from meeting where confirmed")).isZero();
            assertThat(telegram.count("select count(*) from contact")).as("Marco's press did not undo Paola's meeting").isEqualTo(1);

            telegram.deliver(paola.presses(confirmation, "Undo"));
            assertThat(telegram.awaitCall("answercallbackquery", 4).get("text").asText()).isEqualTo("Saved");
            assertThat(telegram.awaitCall("editmessagetext", 1).get("text").asText()).startsWith("Undone");
            telegram.deliver(paola.presses(confirmation, "Looks right")); // a stale keyboard on another device
            assertThat(telegram.awaitCall("answercallbackquery", 5).get("text").asText()).isEqualTo("This button has expired");
            assertThat(telegram.count("select count(*) from meeting")).isZero();
            assertThat(telegram.api.calls("editmessagetext")).hasSize(1);
        }
    }
}
