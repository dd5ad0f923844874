package com.followupbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: an outgoing WebSocket to Slack (URL from apps.connections.open), so the bot needs no public
 * address. Bolt's client answers Slack's pings and reconnects by itself after a dropped connection or a
 * "disconnect" request; envelopes are handled on a pool of {@link #CONCURRENCY} threads, so one slow handler
 * never holds up the acks of the others.
 */
final class SocketModeReceiver implements Receiver {

    private static final Logger log = LoggerFactory.getLogger(SocketModeReceiver.class);
    static final int CONCURRENCY = 4;

    private final SocketModeApp socketMode;

    private SocketModeReceiver(SocketModeApp socketMode) {
        this.socketMode = socketMode;
    }

    static SocketModeReceiver start(App app, SlackConfig config) throws SlackStartException {
        SocketModeApp socketMode;
        try {
            socketMode = new SocketModeApp(config.appToken(), app, SocketModeClient.Backend.JavaWebSocket, CONCURRENCY);
            socketMode.startAsync();
        } catch (Exception e) {
            throw new SlackStartException("Cannot open the Socket Mode connection to Slack (check " + SlackConfig.APP_TOKEN
                    + " and that Socket Mode is on in the app's settings): " + e, e);
        }
        log.info("Receiving Slack events over Socket Mode");
        return new SocketModeReceiver(socketMode);
    }

    @Override
    public void close() {
        try {
            // The client first: it stops reconnecting and its own threads, which SocketModeApp#close leaves running.
            SocketModeClient client = socketMode.getClient();
            if (client != null) {
                client.close();
            }
            socketMode.close();
        } catch (Exception e) {
            log.warn("stopping Socket Mode: {}", e.toString());
        }
    }
}
