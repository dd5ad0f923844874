package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * A button's value is an opaque token that resolves only for the user it was made for: a forged one, one
 * clicked by someone else, or one clicked again changes nothing.
 */
class ButtonSecurityTest {

    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");
    private final SlackUser marco = new SlackUser("U0MARCO", "Marco");

    @Test
    void forgedForeignAndReplayedClicksChangeNothing() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            slack.deliver(paola.says("met Anna Rossi from Acme at the expo"));
            SlackMessage confirmation = slack.awaitSent(1);

            slack.deliver(marco.clicks(confirmation, "Undo"));
            ObjectNode forged = ((ObjectNode) confirmation.button("Undo").deepCopy()).put("value", "CAPTURE_OK:1");
            slack.deliver(paola.clicks(confirmation.channel(), confirmation.ts(), forged));
            slack.deliver(paola.clicks(confirmation.channel(), confirmation.ts(), forged.deepCopy().put("value", "x".repeat(2000))));
            slack.deliver(marco.says("help")); // answered once Marco's click was dealt with, on his lane
            slack.deliver(paola.says("help"));
            slack.awaitSent(3);
            assertThat(slack.api.calls("chat.update")).as("no prompt was edited").isEmpty();
            assertThat(slack.count("select count(*) from contact")).as("Marco's click did not undo Paola's meeting").isEqualTo(1);
            assertThat(slack.count("select count(*) from meeting where confirmed")).isZero();

            slack.deliver(paola.clicks(confirmation, "Undo"));
            assertThat(SlackFollowUpCycleTest.sections(slack.awaitCall("chat.update", 1))).startsWith("Undone");
            slack.deliver(paola.clicks(confirmation, "Looks right")); // an old copy of the message, on another device
            slack.deliver(paola.says("help"));
            slack.awaitSent(4);
            assertThat(slack.api.calls("chat.update")).hasSize(1);
            assertThat(slack.count("select count(*) from meeting")).isZero();
        }
    }
}
