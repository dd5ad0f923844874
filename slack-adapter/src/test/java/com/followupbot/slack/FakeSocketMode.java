package com.followupbot.slack;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Socket Mode server: says hello to each connection, sends envelopes as Slack does, and records
 * every ack the app sends back with the time it arrived. It can drop the connection, or ask the app to
 * reconnect, as Slack's servers do.
 */
final class FakeSocketMode extends WebSocketServer implements AutoCloseable {

    /** An ack received: the envelope it answers, when (System.nanoTime), and its payload if any. */
    record Ack(String envelopeId, long receivedNanos, JsonNode payload) {
    }

    private final CountDownLatch started = new CountDownLatch(1);
    private final List<WebSocket> connections = new CopyOnWriteArrayList<>();
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final Map<String, Long> sentNanos = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Ack>> firstAcks = new ConcurrentHashMap<>();
    private final AtomicInteger envelopes = new AtomicInteger();

    FakeSocketMode() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake Socket Mode server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI url() {
        return URI.create("ws://127.0.0.1:" + getPort() + "/link/?ticket=fake-ticket");
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        connections.add(connection);
        connection.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"" + FakeSlackApi.APP_ID + "\"}}");
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        long now = System.nanoTime();
        JsonNode json = FakeSlackApi.json(message);
        Ack ack = new Ack(json.path("envelope_id").asText(), now, json.get("payload"));
        acks.add(ack);
        firstAck(ack.envelopeId()).complete(ack);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
    }

    /** Sends an envelope of {@code type} (events_api, slash_commands, interactive) on the newest connection; returns its id. */
    String send(String type, ObjectNode payload, int retryAttempt) {
        String id = "env-" + envelopes.incrementAndGet();
        ObjectNode envelope = FakeResponses.JSON.createObjectNode().put("envelope_id", id).put("type", type)
                .put("accepts_response_payload", !type.equals("events_api")).put("retry_attempt", retryAttempt)
                .put("retry_reason", retryAttempt > 0 ? "timeout" : "");
        envelope.set("payload", payload);
        WebSocket connection = awaitConnection(connections.size());
        sentNanos.put(id, System.nanoTime());
        connection.send(envelope.toString());
        return id;
    }

    /** The ack of envelope {@code id}, as soon as it came (no polling: the latency test sends one envelope at a time). */
    Ack awaitAck(String id) {
        try {
            return firstAck(id).get(SlackTestBot.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("envelope " + id + " was not acked", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<Ack> firstAck(String id) {
        return firstAcks.computeIfAbsent(id, key -> new CompletableFuture<>());
    }

    /** Nanoseconds from sending envelope {@code id} to receiving its ack. */
    long ackLatencyNanos(String id) {
        return awaitAck(id).receivedNanos() - sentNanos.get(id);
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    /** The {@code n}-th connection (1-based), once the app opened it and it is still open. */
    WebSocket awaitConnection(int n) {
        int index = Math.max(n, 1) - 1;
        if (connections.size() > index && connections.get(index).isOpen()) {
            return connections.get(index); // no polling pause when it is there already
        }
        await().atMost(SlackTestBot.PATIENCE).until(() -> connections.size() >= Math.max(n, 1)
                && connections.get(Math.max(n, 1) - 1).isOpen());
        return connections.get(Math.max(n, 1) - 1);
    }

    int connectionCount() {
        return connections.size();
    }

    /** The network drops: the newest connection closes without a closing handshake. */
    void drop() {
        connections.get(connections.size() - 1).closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped");
    }

    /** Slack asks the app to move to a new connection, as before a server restarts. */
    void askToReconnect() {
        connections.get(connections.size() - 1).send("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\"}");
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
