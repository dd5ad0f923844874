package com.followupbot.conversation;

import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.i18n.Texts;
import com.followupbot.user.User;
import java.util.List;

/** Says things to a user in their language: the conversation's one way out to the {@link ChatPort}. */
public final class Replies {

    private final ChatPort chat;
    private final Texts texts;

    public Replies(ChatPort chat, Texts texts) {
        this.chat = chat;
        this.texts = texts;
    }

    public String text(User user, String key, Object... args) {
        return texts.get(user.speaks(), key, args);
    }

    public MessageRef say(User user, ChatId where, String key, Object... args) {
        return chat.send(where, OutboundMessage.text(text(user, key, args)));
    }

    public MessageRef send(ChatId where, String text, List<List<Button>> rows) {
        return chat.send(where, new OutboundMessage(text, rows));
    }

    /** A message in a group for one member only, where the platform can keep it to them. */
    public void sayTo(ChatId group, ChatUser reader, OutboundMessage message) {
        chat.sendTo(group, reader, message);
    }

    public MessageRef send(ChatId where, OutboundMessage message) {
        return chat.send(where, message);
    }

    /** A file (a chart, an export); throws {@link com.followupbot.chat.DeliveryException} when the platform refuses it. */
    public MessageRef sendFile(ChatId where, OutboundFile file) {
        return chat.sendFile(where, file);
    }

    public void edit(MessageRef message, OutboundMessage replacement) {
        if (message != null) {
            chat.edit(message, replacement);
        }
    }

    public void acknowledge(Inbound.Press press, User user, String key) {
        chat.acknowledge(press, key == null ? null : text(user, key));
    }

    public Texts texts() {
        return texts;
    }
}
