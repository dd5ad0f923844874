package com.followupbot.telegram;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;

/**
 * The Telegram port without its send limits, so the core does not pace it: at Telegram's 30 msg/s,
 * 100,000 prompts would take an hour. What is under test is that each goes out once, not the pacing.
 */
record UnpacedPort(ChatPort telegram) implements ChatPort {

    @Override
    public MessageRef send(ChatId chat, OutboundMessage message) {
        return telegram.send(chat, message);
    }

    @Override
    public MessageRef sendFile(ChatId chat, OutboundFile file) {
        return telegram.sendFile(chat, file);
    }

    @Override
    public void edit(MessageRef message, OutboundMessage replacement) {
        telegram.edit(message, replacement);
    }

    @Override
    public void acknowledge(Inbound.Press press, String text) {
        telegram.acknowledge(press, text);
    }

    @Override
    public boolean owns(String chatId) {
        return telegram.owns(chatId);
    }
}
