package com.followupbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/** The sendMessage side of the fake Bot API: gives each message an id and answers with the Message, as Telegram does. */
final class SentMessages implements ResponseDefinitionTransformerV2 {

    static final String NAME = "telegram-sent-messages";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger ids = new AtomicInteger(100);

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        JsonNode request = read(event.getRequest().getBodyAsString());
        long chatId = request.get("chat_id").asLong();
        int messageId = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("message_id", messageId).put("date", System.currentTimeMillis() / 1000)
                .put("text", request.get("text").asText());
        message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "supergroup" : "private");
        message.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Follow-Up")
                .put("username", FakeBotApi.BOT_USERNAME);
        return BotApiResponses.ok(message);
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
