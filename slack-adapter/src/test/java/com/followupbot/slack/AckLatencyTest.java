package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * How fast Socket Mode envelopes are acked: the time from the fake server sending a click or a slash command
 * to the app's ack arriving, one envelope at a time, while the core works through what they asked for.
 * The figures are printed, not asserted (they are the machine's); what is asserted is that every envelope got
 * exactly one ack, with its id, that every click still reached the core after its ack, and that an ack never
 * waits for the core (or for the Web API calls translation makes). The 200 replies to the commands are still
 * being paced when the test ends: closing the adapter cuts them off, and the errors logged then are expected.
 */
@Isolated
class AckLatencyTest {

    private static final int ROUNDS = 200;

    @Test
    void clicksAndSlashCommandsAreAckedAtOnce() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            SlackUser paola = new SlackUser("U0PAOLA", "Paola");
            SlackUser marco = new SlackUser("U0MARCO", "Marco");
            slack.deliver(paola.says("met Anna Rossi from Acme at the expo"));
            SlackMessage confirmation = slack.awaitSent(1);

            List<String> clicks = new ArrayList<>();
            List<Long> clickNanos = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) { // Marco clicking Paola's button: the whole path, resolving to nothing
                String id = slack.deliver(marco.clicks(confirmation, "Undo"));
                clicks.add(id);
                clickNanos.add(slack.socket.ackLatencyNanos(id));
            }
            List<Long> commandNanos = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                SlackUser member = new SlackUser("U3" + i, "Member" + i);
                commandNanos.add(slack.socket.ackLatencyNanos(slack.deliver(member.command("/followups", "", member.dm()))));
            }

            System.out.printf("Socket Mode ack latency (envelope sent → ack received), %d each: clicks p50 %.1f ms, p99 %.1f ms,"
                    + " max %.1f ms; slash commands p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", ROUNDS,
                    millis(clickNanos, 0.50), millis(clickNanos, 0.99), millis(clickNanos, 1.0),
                    millis(commandNanos, 0.50), millis(commandNanos, 0.99), millis(commandNanos, 1.0));

            Map<String, Long> acksPerEnvelope = slack.socket.acks().stream()
                    .collect(Collectors.groupingBy(FakeSocketMode.Ack::envelopeId, Collectors.counting()));
            assertThat(acksPerEnvelope).hasSize(1 + 2 * ROUNDS).allSatisfy((id, acks) -> assertThat(acks).isEqualTo(1));
            assertThat(slack.socket.acks()).filteredOn(ack -> clicks.contains(ack.envelopeId()))
                    .allSatisfy(ack -> assertThat(ack.payload()).as("an empty ack").isNull());
            await().atMost(SlackTestBot.PATIENCE).until(() -> slack.count("select count(*) from inbound_event where event_key"
                    + " like 'action:%' and done_at is not null") == ROUNDS);
            assertThat(slack.api.calls("chat.update")).as("Marco's clicks changed nothing").isEmpty();
        }
    }

    @Test
    void theAckGoesBeforeTheCoreRuns() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            SlackUser luca = new SlackUser("U0LUCA", "Luca");
            // users.info, which the translation waits for, answers only when released: the ack must not wait with it
            slack.api.server().stubFor(post(FakeSlackApi.method("users.info")).atPriority(1).withFormParam("user", equalTo(luca.id()))
                    .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"U0LUCA\",\"real_name\":\"Luca Neri\"}}")
                            .withTransformers(HeldAnswers.NAME)));
            String command = slack.deliver(luca.command("/met", "Anna Rossi at the expo", "C0CHAPTER"));
            slack.socket.awaitAck(command);
            assertThat(slack.count("select count(*) from inbound_event")).as("acked before the core saw it").isZero();
            assertThat(slack.api.calls("chat.postEphemeral")).isEmpty();
            slack.api.held().release();
            assertThat(slack.awaitSent(1).sections()).as("and handled after").contains("Anna Rossi");
        }
    }

    private static double millis(List<Long> nanos, double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
