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
import com.followupbot.inbound.DatabaseOutage;
import com.followupbot.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says things to a user in their language: the conversation's one way out to the {@link ChatPort}.
 * While a turn is held ({@link #held}) nothing leaves: what is said waits for the turn's commit, and is
 * dropped when it rolls back, so the chat never shows what the database does not hold.
 * Presses ({@link PressRouter}) and private messages ({@link Conversation}) are held turns.
 */
public final class Replies {

    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    private final ChatPort chat;
    private final Texts texts;
    private final ThreadLocal<List<Runnable>> waiting = new ThreadLocal<>();

    public Replies(ChatPort chat, Texts texts) {
        this.chat = chat;
        this.texts = texts;
    }

    public String text(User user, String key, Object... args) {
        return texts.get(user.speaks(), key, args);
    }

    /**
     * Runs {@code work} as one transaction and sends what it said after the commit, in order; a
     * failure rolls everything back and nothing of it is sent. Nested turns join the outer one.
     */
    <T> T held(com.followupbot.Transactions transactions, Supplier<T> work) {
        if (waiting.get() != null) {
            return transactions.inOne(work);
        }
        List<Runnable> out = new ArrayList<>();
        waiting.set(out);
        T result;
        try {
            result = transactions.inOne(work);
        } finally {
            waiting.remove();
        }
        release(out);
        return result;
    }

    /**
     * What waited for the commit, in order. The turn is stored by now, so the database going away on the
     * way out is not the turn's failure (its replay would do the turn twice): each reply still goes out (the
     * pacer lets it through unpaced), and only what a reply records afterwards (which message asks the
     * question) is lost, logged.
     */
    private static void release(List<Runnable> out) {
        for (Runnable reply : out) {
            try {
                reply.run();
            } catch (RuntimeException e) {
                if (!DatabaseOutage.explains(e)) {
                    throw e;
                }
                log.warn("the database went away after a turn's commit: a reply's record not kept ({})", e.toString());
            }
        }
    }

    /** Now, or after the held turn commits. */
    void afterCommit(Runnable action) {
        List<Runnable> out = waiting.get();
        if (out == null) {
            action.run();
        } else {
            out.add(action);
        }
    }

    /** Whether a turn is held: a send's reference is known only after its commit. */
    boolean holding() {
        return waiting.get() != null;
    }

    /** Sends; the reference is null while a turn is held (use {@link #send(ChatId, OutboundMessage, Consumer)}). */
    public MessageRef say(User user, ChatId where, String key, Object... args) {
        return send(where, OutboundMessage.text(text(user, key, args)));
    }

    public MessageRef send(ChatId where, String text, List<List<Button>> rows) {
        return send(where, new OutboundMessage(text, rows));
    }

    /** A message in a group for one member only, where the platform can keep it to them. */
    public void sayTo(ChatId group, ChatUser reader, OutboundMessage message) {
        afterCommit(() -> chat.sendTo(group, reader, message));
    }

    /** Sends; the reference is null while a turn is held (use {@link #send(ChatId, OutboundMessage, Consumer)}). */
    public MessageRef send(ChatId where, OutboundMessage message) {
        if (holding()) {
            afterCommit(() -> chat.send(where, message));
            return null;
        }
        return chat.send(where, message);
    }

    /** Sends, then hands the sent message's reference on (after the commit when a turn is held). */
    public void send(ChatId where, OutboundMessage message, Consumer<MessageRef> sent) {
        afterCommit(() -> sent.accept(chat.send(where, message)));
    }

    /** A file (a chart, an export); throws {@link com.followupbot.chat.DeliveryException} when the platform refuses it. */
    public MessageRef sendFile(ChatId where, OutboundFile file) {
        return chat.sendFile(where, file);
    }

    public void edit(MessageRef message, OutboundMessage replacement) {
        if (message != null) {
            afterCommit(() -> chat.edit(message, replacement));
        }
    }

    public void acknowledge(Inbound.Press press, User user, String key) {
        String toast = key == null ? null : text(user, key);
        afterCommit(() -> chat.acknowledge(press, toast));
    }

    public Texts texts() {
        return texts;
    }
}
