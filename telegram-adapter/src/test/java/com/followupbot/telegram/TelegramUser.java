package com.followupbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** A person on Telegram in a test: builds the updates Telegram would send when they type or press. */
record TelegramUser(long id, String firstName, String languageCode) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong UPDATE_IDS = new AtomicLong(1);
    private static final AtomicLong MESSAGE_IDS = new AtomicLong(1_000_000);

    /** Update ids only grow, as Telegram's do. */
    static long nextUpdateId() {
        return UPDATE_IDS.incrementAndGet();
    }

    /** A message in the private chat with the bot. */
    ObjectNode says(String text) {
        return message(privateChat(), text, null);
    }

    /** A message in the private chat that replies to the bot's message {@code botMessageId}. */
    ObjectNode replies(int botMessageId, String text) {
        ObjectNode original = JSON.createObjectNode().put("message_id", botMessageId).put("date", now()).put("text", "…");
        original.set("chat", privateChat());
        original.set("from", bot());
        return message(privateChat(), text, original);
    }

    /** A document sent in the private chat (a file, not a photo): what Telegram says of it, never its bytes. */
    ObjectNode sendsDocument(String fileId, String fileName, String mimeType, long size) {
        ObjectNode update = message(privateChat(), null, null);
        ObjectNode message = (ObjectNode) update.get("message");
        message.remove("text");
        message.set("document", JSON.createObjectNode().put("file_id", fileId).put("file_unique_id", "u-" + fileId)
                .put("file_name", fileName).put("mime_type", mimeType).put("file_size", size));
        return update;
    }

    /** A message in a group. */
    ObjectNode saysInGroup(long groupId, String text) {
        ObjectNode group = JSON.createObjectNode().put("id", groupId).put("type", "supergroup").put("title", "BNI Roma Centro");
        return message(group, text, null);
    }

    /** A press of the inline button carrying {@code data}, on the bot's message {@code messageId} in {@code chatId}. */
    ObjectNode presses(long chatId, int messageId, String data) {
        ObjectNode message = JSON.createObjectNode().put("message_id", messageId).put("date", now()).put("text", "…");
        message.set("chat", chatId < 0 ? JSON.createObjectNode().put("id", chatId).put("type", "supergroup")
                .put("title", "BNI Roma Centro") : privateChat());
        message.set("from", bot());
        ObjectNode query = JSON.createObjectNode().put("id", "cq-" + nextUpdateId()).put("chat_instance", "ci-" + id)
                .put("data", data);
        query.set("from", from());
        query.set("message", message);
        ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdateId());
        update.set("callback_query", query);
        return update;
    }

    ObjectNode presses(TelegramMessage message, String label) {
        return presses(message.chatId(), message.messageId(), message.callbackData(label));
    }

    private ObjectNode message(ObjectNode chat, String text, ObjectNode replyTo) {
        ObjectNode message = JSON.createObjectNode().put("message_id", MESSAGE_IDS.incrementAndGet()).put("date", now())
                .put("text", text);
        message.set("chat", chat);
        message.set("from", from());
        if (replyTo != null) {
            message.set("reply_to_message", replyTo);
        }
        ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdateId());
        update.set("message", message);
        return update;
    }

    private ObjectNode from() {
        ObjectNode from = JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", firstName);
        if (languageCode != null) {
            from.put("language_code", languageCode);
        }
        return from;
    }

    private ObjectNode privateChat() {
        return JSON.createObjectNode().put("id", id).put("type", "private").put("first_name", firstName);
    }

    private static ObjectNode bot() {
        return JSON.createObjectNode().put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Follow-Up")
                .put("username", FakeBotApi.BOT_USERNAME);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
