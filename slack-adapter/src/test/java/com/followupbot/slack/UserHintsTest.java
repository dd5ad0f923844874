package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who a Slack user is comes from users.info, asked once per user while remembered: their name, and their
 * time zone and locale as the core's hints until they choose their own. When users.info fails, the message
 * still goes through.
 */
class UserHintsTest {

    @Test
    void theSlackZoneAndLanguageAreUsedUntilTheUserSetsTheirOwn() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            SlackUser gianni = new SlackUser("U0GIANNI", "Gianni");
            slack.api.person(gianni.id(), "Gianni Verdi", "America/New_York", "it-IT");

            slack.deliver(gianni.says("settings"));
            assertThat(slack.awaitSent(1).sections()).contains("America/New_York", "italiano");
            slack.deliver(gianni.says("settings zone Europe/Rome"));
            slack.awaitSent(2);
            slack.deliver(gianni.says("settings"));
            assertThat(slack.awaitSent(3).sections()).as("their own choice wins over Slack's").contains("Europe/Rome");
            assertThat(slack.api.forms("users.info")).as("asked once").singleElement()
                    .satisfies(form -> assertThat(form).containsEntry("user", gianni.id()).containsEntry("include_locale", "1"));
            assertThat(slack.count("select count(*) from user_identity where display_name = 'Gianni Verdi'")).isEqualTo(1);
        }
    }

    @Test
    void aMessageGoesThroughWhenUsersInfoFails() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            Failures.refuses(slack.api, "users.info", "user_not_visible");
            SlackUser luca = new SlackUser("U0LUCA", "Luca");
            slack.deliver(luca.command("/met", "Anna Rossi at the expo", luca.dm()));
            assertThat(slack.awaitSent(1).sections()).contains("Anna Rossi");
            assertThat(slack.count("select count(*) from user_identity where display_name = 'luca'"))
                    .as("the name the command carried").isEqualTo(1);
        }
    }
}
