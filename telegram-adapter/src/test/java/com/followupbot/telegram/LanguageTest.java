package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The user's language comes from their Telegram app (language_code) until they choose one in settings. */
class LanguageTest {

    @Test
    void speaksTheLanguageOfTheAppUntilTheUserChoosesAnother() throws Exception {
        TelegramUser giulia = new TelegramUser(3131, "Giulia", "it-IT");
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            telegram.deliver(giulia.says("met Anna Rossi from Acme at the expo"));
            TelegramMessage confirmation = telegram.awaitSent(1);
            assertThat(confirmation.text()).as("English words, Italian app").startsWith("Registrato: Anna Rossi");
            assertThat(confirmation.labels()).containsExactly("Tutto giusto", "Correggi", "Annulla");

            telegram.deliver(giulia.says("settings language en"));
            telegram.awaitSent(2);
            telegram.deliver(giulia.says("oggi"));
            assertThat(telegram.awaitSent(3).text()).as("her choice beats the app").startsWith("Nothing due today");
        }
    }
}
