package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The environment variables that choose Telegram and how to reach it. */
class TelegramConfigTest {

    private static final String TOKEN = "123456:ABC-secret";

    @Test
    void withoutATokenThereIsNoTelegram() {
        assertThat(TelegramConfig.fromEnvironment(Map.<String, String>of()::get)).isEmpty();
        assertThat(TelegramConfig.fromEnvironment(Map.of(TelegramConfig.TOKEN, " ")::get)).isEmpty();
    }

    @Test
    void aTokenAloneMeansLongPollingAgainstTelegram() {
        TelegramConfig config = TelegramConfig.fromEnvironment(Map.of(TelegramConfig.TOKEN, TOKEN)::get).orElseThrow();
        assertThat(config.webhook()).isFalse();
        assertThat(config.telegramUrl()).isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
        assertThat(config.toString()).doesNotContain("secret").doesNotContain("123456");
    }

    @Test
    void aSelfHostedBotApiServerMayBePlainHttp() {
        TelegramConfig config = TelegramConfig.fromEnvironment(Map.of(TelegramConfig.TOKEN, TOKEN,
                TelegramConfig.API_URL, "http://localhost:8081")::get).orElseThrow();
        assertThat(config.telegramUrl()).isEqualTo(new TelegramUrl("http", "localhost", 8081, false));
        assertThat(TelegramConfig.fromEnvironment(Map.of(TelegramConfig.TOKEN, TOKEN,
                TelegramConfig.API_URL, "https://bots.example.com/")::get).orElseThrow().telegramUrl())
                .isEqualTo(new TelegramUrl("https", "bots.example.com", 443, false));
        assertThatThrownBy(() -> TelegramConfig.fromEnvironment(Map.of(TelegramConfig.TOKEN, TOKEN,
                TelegramConfig.API_URL, "http://localhost:8081/bot")::get)).hasMessageContaining("without a path");
        assertThatThrownBy(() -> TelegramConfig.fromEnvironment(Map.of(TelegramConfig.TOKEN, TOKEN,
                TelegramConfig.API_URL, "localhost:8081")::get)).hasMessageContaining(TelegramConfig.API_URL);
    }

    @Test
    void aWebhookUrlSwitchesToWebhookModeOnThePortGiven() {
        TelegramConfig config = TelegramConfig.fromEnvironment(Map.of(TelegramConfig.TOKEN, TOKEN,
                TelegramConfig.WEBHOOK_URL, "https://bot.example.com/telegram/hook")::get).orElseThrow();
        assertThat(config.webhook()).isTrue();
        assertThat(config.webhookPath()).isEqualTo("/telegram/hook");
        assertThat(config.webhookListen().getPort()).isEqualTo(TelegramConfig.DEFAULT_WEBHOOK_PORT);
        assertThat(config.webhookSecret()).as("random at each start").isNull();
        TelegramConfig shared = TelegramConfig.fromEnvironment(Map.of(TelegramConfig.TOKEN, TOKEN,
                TelegramConfig.WEBHOOK_URL, "https://bot.example.com", TelegramConfig.WEBHOOK_PORT, "9000",
                TelegramConfig.WEBHOOK_SECRET, "shared_Secret-1")::get).orElseThrow();
        assertThat(shared.webhookPath()).isEqualTo("/");
        assertThat(shared.webhookListen().getPort()).isEqualTo(9000);
        assertThat(shared.webhookSecret()).isEqualTo("shared_Secret-1");
        assertThatThrownBy(() -> TelegramConfig.fromEnvironment(Map.of(TelegramConfig.TOKEN, TOKEN,
                TelegramConfig.WEBHOOK_URL, "https://bot.example.com", TelegramConfig.WEBHOOK_SECRET, "no spaces")::get))
                .hasMessageContaining(TelegramConfig.WEBHOOK_SECRET);
    }
}
