package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: slash commands missing a field Slack normally sends, posted signed to the real /slack/events.
 * Without a trigger_id a command is still handled, every time (it has no key to tell a repeat by, and
 * Slack never repeats a command); with no text (or no text field) it gets the core's "didn't get that"
 * with an example; without a user_id there is nobody to answer or to store, so it is acked and dropped.
 * None of them gets anything but an empty 200.
 */
class IncompleteCommandTest {

    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");
    private SlackTestBot slack;

    @BeforeEach
    void start() throws Exception {
        slack = SlackTestBot.http(SlackTestBot.thursdayEvening());
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void commandsWithoutATriggerIdAreEachAnswered() {
        for (int i = 0; i < 2; i++) {
            SlackPayload command = paola.command("/followups", "", paola.dm());
            command.body().remove("trigger_id");
            assertAckedEmpty(command);
        }
        assertThat(slack.awaitSent(1).sections()).startsWith("Nothing due today");
        assertThat(slack.awaitSent(2).sections()).as("the second is no repeat of the first").startsWith("Nothing due today");
        assertThat(slack.count("select count(*) from inbound_event where event_key like '%null%'")).as("no key made of nothing")
                .isZero();
    }

    @Test
    void metWithNoTextIsAnsweredWithAnExampleAndStoresNothing() {
        SlackPayload empty = paola.command("/met", "", paola.dm());
        assertAckedEmpty(empty);
        SlackPayload noTextField = paola.command("/met", "", paola.dm());
        noTextField.body().remove("text");
        assertAckedEmpty(noTextField);

        assertThat(slack.awaitSent(1).sections()).isEqualTo(slack.awaitSent(2).sections())
                .startsWith("I didn’t get that").contains("met Anna Rossi");
        assertThat(slack.count("select count(*) from meeting")).isZero();
        assertThat(slack.count("select count(*) from contact")).isZero();
    }

    @Test
    void aCommandWithoutAUserIdIsAckedAndDropped() {
        SlackPayload anonymous = paola.command("/met", "Anna Rossi from Acme at the expo", paola.dm());
        anonymous.body().remove("user_id");
        assertAckedEmpty(anonymous);
        SlackPayload blank = paola.command("/met", "Anna Rossi from Acme at the expo", paola.dm());
        blank.body().put("user_id", "");
        assertAckedEmpty(blank);

        slack.deliver(paola.command("/followups", "", paola.dm())); // handled after them, on the same lane
        assertThat(slack.awaitSent(1).sections()).startsWith("Nothing due today");
        slack.adapter.close(); // lets every lane finish what it was given
        assertThat(slack.api.sent()).hasSize(1);
        assertThat(slack.count("select count(*) from user_identity")).as("only Paola's own").isOne();
        assertThat(slack.count("select count(*) from user_identity where platform_user_id not like '%:U0PAOLA'")).isZero();
        assertThat(slack.count("select count(*) from meeting")).isZero();
        assertThat(slack.api.forms("users.info")).allSatisfy(form -> assertThat(form.get("user")).isEqualTo(paola.id()));
    }

    private void assertAckedEmpty(SlackPayload command) {
        HttpResponse<String> ack = slack.post(command, SlackTestBot.signedHeaders(command.httpBody(),
                SlackTestBot.SIGNATURE_NOW.getEpochSecond(), java.util.Map.of()));
        assertThat(ack.statusCode()).as("acked").isEqualTo(200);
        assertThat(ack.body()).as("an empty ack: the answer follows in the chat").isEmpty();
    }
}
