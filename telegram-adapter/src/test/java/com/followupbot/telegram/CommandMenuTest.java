package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** At start the bot learns its username with getMe and publishes its menus: private and group, English and Italian. */
class CommandMenuTest {

    @Test
    void publishesTheMenusForPrivateChatsAndGroupsInEnglishAndItalian() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            assertThat(telegram.api.calls("getme")).hasSize(1);
            assertThat(telegram.adapter.identity()).isEqualTo(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));

            List<JsonNode> menus = telegram.api.bodies("setmycommands");
            assertThat(menus).hasSize(4);
            assertThat(menu(menus, "all_private_chats", null))
                    .containsExactly("met", "today", "upcoming", "contacts", "who", "referrals", "chapter", "stats", "slips", "ask",
                            "import", "export", "settings", "undo", "link", "help");
            assertThat(menu(menus, "all_private_chats", "it"))
                    .containsExactly("conosciuto", "oggi", "prossimi", "contatti", "chi", "referenze", "capitolo", "statistiche", "schede", "richiesta", "importa", "esporta",
                            "impostazioni", "annulla", "collega", "aiuto");
            assertThat(menu(menus, "all_group_chats", null)).containsExactly("met", "digest", "help");
            assertThat(menu(menus, "all_group_chats", "it")).containsExactly("conosciuto", "riepilogo", "aiuto");
            menus.forEach(menu -> menu.get("commands").forEach(command ->
                    assertThat(command.get("description").asText()).isNotBlank().hasSizeLessThanOrEqualTo(256)));
        }
    }

    @Test
    void everyMenuCommandIsUnderstoodInItsLanguage() throws Exception {
        List<String> commands = List.of("/met Anna Rossi at the expo", "/today", "/upcoming", "/contacts", "/who Anna",
                "/settings", "/undo", "/link", "/help", "/referrals", "/chapter", "/import", "/conosciuto Anna Rossi all'expo", "/oggi",
                "/prossimi", "/contatti", "/chi Anna", "/impostazioni", "/annulla", "/collega", "/aiuto", "/referenze", "/capitolo", "/importa");
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            List<TelegramUser> users = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                TelegramUser user = new TelegramUser(9000 + i, "User" + i, i < 12 ? "en" : "it");
                users.add(user);
                telegram.deliver(user.says(commands.get(i)));
            }
            telegram.awaitSent(commands.size());
            for (int i = 0; i < commands.size(); i++) {
                List<TelegramMessage> answers = telegram.sentTo(users.get(i).id());
                assertThat(answers).as(commands.get(i)).hasSize(1);
                assertThat(answers.get(0).text()).as(commands.get(i)).doesNotStartWith("I didn’t get that")
                        .doesNotStartWith("Non ho capito");
            }
        }
    }

    private static List<String> menu(List<JsonNode> menus, String scope, String language) {
        JsonNode match = menus.stream()
                .filter(m -> m.get("scope").get("type").asText().equals(scope))
                .filter(m -> language == null ? !m.has("language_code") : language.equals(m.path("language_code").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu for " + scope + " " + language));
        List<String> names = new ArrayList<>();
        match.get("commands").forEach(command -> names.add(command.get("command").asText()));
        return names;
    }
}
