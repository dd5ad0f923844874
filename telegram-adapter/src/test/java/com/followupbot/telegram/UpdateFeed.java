package com.followupbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The getUpdates side of the fake Bot API: answers with the queued updates whose id is at least the
 * request's offset, as Telegram does, and holds a poll briefly when there are none (a short long poll).
 * {@link #redeliver} makes it hand out an update once more whatever the offset, like Telegram repeating
 * one it never saw confirmed.
 */
final class UpdateFeed implements ResponseDefinitionTransformerV2 {

    static final String NAME = "telegram-update-feed";
    private static final long HOLD_MILLIS = 150;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<ObjectNode> repeats = new ArrayList<>();

    synchronized void add(ObjectNode update) {
        updates.add(update);
        notifyAll();
    }

    synchronized void redeliver(ObjectNode update) {
        repeats.add(update);
        notifyAll();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        long offset = offsetOf(event.getRequest().getBodyAsString());
        ArrayNode result = JSON.createArrayNode();
        synchronized (this) {
            if (pending(offset).isEmpty()) {
                try {
                    wait(HOLD_MILLIS); // a long poll: answer early if an update arrives meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            result.addAll(pending(offset));
            repeats.clear();
        }
        return BotApiResponses.ok(result);
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    private List<ObjectNode> pending(long offset) {
        List<ObjectNode> due = new ArrayList<>(repeats);
        updates.stream().filter(u -> u.get("update_id").asLong() >= offset).forEach(due::add);
        return due;
    }

    private static long offsetOf(String body) {
        try {
            JsonNode request = JSON.readTree(body);
            return request.path("offset").asLong(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
