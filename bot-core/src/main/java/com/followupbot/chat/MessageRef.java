package com.followupbot.chat;

import java.util.Objects;

/** A message the bot sent, as the platform identifies it, so it can be edited later. */
public record MessageRef(String chatId, String messageId) {
    public MessageRef {
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(messageId, "messageId");
    }
}
