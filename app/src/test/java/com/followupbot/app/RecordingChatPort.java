package com.followupbot.app;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A chat platform that keeps what the bot sent, for assertions. Thread-safe. */
final class RecordingChatPort implements ChatPort {

    record Sent(ChatId chat, OutboundMessage message) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public synchronized MessageRef send(ChatId chat, OutboundMessage message) {
        sent.add(new Sent(chat, message));
        return new MessageRef(chat.value(), Integer.toString(ids.incrementAndGet()));
    }

    @Override
    public synchronized void edit(MessageRef message, OutboundMessage replacement) {
        // edits are not what these tests look at
    }

    @Override
    public void acknowledge(Inbound.Press press, String text) {
        // nothing to show
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    synchronized void clear() {
        sent.clear();
    }
}
