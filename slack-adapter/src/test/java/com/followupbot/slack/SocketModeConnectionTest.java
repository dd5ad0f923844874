package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Socket Mode connection looks after itself: when the network drops it, Bolt's client notices (its
 * session monitor pings every few seconds), asks apps.connections.open for a new URL and reconnects; when
 * Slack asks it to move ("disconnect"), it moves at once. Envelopes then flow on the new connection;
 * closing the adapter closes it.
 */
class SocketModeConnectionTest {

    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");

    @Test
    void reconnectsByItselfAfterTheConnectionDrops() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            int urlsIssued = slack.api.calls("apps.connections.open").size();
            slack.socket.drop();

            slack.socket.awaitConnection(2);
            assertThat(slack.api.calls("apps.connections.open")).as("a new URL asked for").hasSizeGreaterThan(urlsIssued);
            String envelope = slack.deliver(paola.says("met Anna Rossi at the expo"));
            slack.socket.awaitAck(envelope);
            assertThat(slack.awaitSent(1).sections()).contains("Anna Rossi");
        }
    }

    @Test
    void movesToANewConnectionWhenSlackAsks() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            slack.socket.askToReconnect();

            slack.socket.awaitConnection(2);
            String envelope = slack.deliver(paola.says("met Anna Rossi at the expo"));
            slack.socket.awaitAck(envelope);
            assertThat(slack.awaitSent(1).sections()).contains("Anna Rossi");
        }
    }

    @Test
    void closingTheAdapterClosesTheConnection() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            var connection = slack.socket.awaitConnection(1);
            slack.adapter.close();
            org.awaitility.Awaitility.await().atMost(SlackTestBot.PATIENCE).until(() -> !connection.isOpen());
            slack.adapter.close(); // twice is fine
            assertThat(slack.socket.connectionCount()).isEqualTo(1);
        }
    }
}
