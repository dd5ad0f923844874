package com.followupbot.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sendMessage as Telegram limits it, for BurstDrain: over a sliding second, at most {@code perBot}
 * messages for the bot and {@code perChat} for one chat; past either, 429 with retry_after 1. Times
 * are the JVM's real ones (nanoTime): this is the load driver, the tests move a clock instead.
 */
final class TelegramLimits implements ResponseDefinitionTransformerV2 {

    static final String NAME = "telegram-limits";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SECOND = 1_000_000_000L;

    private final int perBot;
    private final int perChat;
    private final Deque<Long> bot = new ArrayDeque<>();
    private final Map<Long, Deque<Long>> chats = new HashMap<>();
    private final List<Long> accepted = new ArrayList<>();
    private int refused;
    private int ids;

    TelegramLimits(int perBot, int perChat) {
        this.perBot = perBot;
        this.perChat = perChat;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        long chatId = read(event.getRequest().getBodyAsString()).get("chat_id").asLong();
        long now = System.nanoTime();
        Deque<Long> chat = chats.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        expire(bot, now);
        expire(chat, now);
        if (bot.size() >= perBot || chat.size() >= perChat) {
            refused++;
            return new ResponseDefinitionBuilder().withStatus(429).withHeader("Content-Type", "application/json")
                    .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                            + "\"parameters\":{\"retry_after\":1}}").build();
        }
        bot.add(now);
        chat.add(now);
        accepted.add(now);
        String message = "{\"ok\":true,\"result\":{\"message_id\":" + (++ids) + ",\"date\":" + (System.currentTimeMillis() / 1000)
                + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"text\":\"prompt\"}}";
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(message).build();
    }

    private static void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= SECOND) {
            times.pollFirst();
        }
    }

    synchronized List<Long> accepted() {
        return List.copyOf(accepted);
    }

    synchronized int refused() {
        return refused;
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
