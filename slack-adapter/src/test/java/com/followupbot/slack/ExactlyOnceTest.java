package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Slack delivers again what it thinks was not acked in time (Socket Mode's retry_attempt, HTTP's
 * X-Slack-Retry-Num). The core's ledger, keyed by event_id or trigger_id, handles each once: a retry of an
 * event already handled is acked and dropped, a retry of one that never got through is handled. (A user's
 * work runs in order on their lane, and an envelope is acked once its work is queued there: so once an
 * envelope is acked and a later message of the same user is answered, the envelope has been dealt with. Bolt
 * handles envelopes on several threads, so without awaiting the ack a later message can overtake it.)
 */
class ExactlyOnceTest {

    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");

    @Test
    void overSocketModeARetriedEventIsHandledOnceAndARetryOfALostOneIsHandled() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            SlackPayload meeting = paola.says("met Anna Rossi from Acme at the expo");
            slack.socket.awaitAck(slack.deliver(meeting));
            SlackMessage confirmation = slack.awaitSent(1);
            assertThat(confirmation.sections()).contains("Anna Rossi");

            String retry = slack.deliver(meeting, 1);
            assertThat(slack.socket.awaitAck(retry).envelopeId()).as("the retry is acked all the same").isEqualTo(retry);
            slack.deliver(paola.says("met Luca Neri at the expo"), 2); // a retry of an event that never got through
            assertThat(slack.awaitSent(2).sections()).contains("Luca Neri");
            assertThat(slack.api.sent()).as("Anna's meeting was not confirmed twice").hasSize(2);
            assertThat(slack.count("select count(*) from meeting")).isEqualTo(2);

            SlackPayload click = paola.clicks(confirmation, "Looks right");
            slack.socket.awaitAck(slack.deliver(click));
            slack.socket.awaitAck(slack.deliver(click, 1));
            slack.deliver(paola.says("today")); // queued after both clicks: once answered, they were handled
            slack.awaitSent(3);
            assertThat(slack.api.calls("chat.update")).as("one click, one edit").hasSize(1);
            assertThat(slack.count("select count(*) from inbound_event where source = 'slack:" + FakeSlackApi.TEAM + "'"))
                    .as("each event once in the ledger").isEqualTo(4);
        }
    }

    @Test
    void overHttpARetriedEventIsHandledOnce() throws Exception {
        try (SlackTestBot slack = SlackTestBot.http(SlackTestBot.thursdayEvening())) {
            SlackPayload meeting = paola.says("met Anna Rossi from Acme at the expo");
            slack.deliver(meeting);
            assertThat(slack.awaitSent(1).sections()).contains("Anna Rossi");
            slack.deliver(meeting, 1); // X-Slack-Retry-Num: 1, acked with 200
            slack.deliver(paola.says("met Luca Neri at the expo"), 1);
            assertThat(slack.awaitSent(2).sections()).contains("Luca Neri");
            assertThat(slack.api.sent()).hasSize(2);
            assertThat(slack.count("select count(*) from meeting")).isEqualTo(2);
        }
    }
}
