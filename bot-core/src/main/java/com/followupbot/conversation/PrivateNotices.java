package com.followupbot.conversation;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message to another user's private chat, sent because of what someone else did (a referral given to
 * them, an outcome reported back). Empty when they cannot be reached there: they never opened the chat (and
 * the platform cannot open it for them), or blocked the bot (then they are marked so), or the platform
 * failed; the sender's work stands anyway.
 */
final class PrivateNotices {

    private static final Logger log = LoggerFactory.getLogger(PrivateNotices.class);

    private final UserDirectory users;
    private final Replies replies;
    private final ChatPort platform;

    PrivateNotices(UserDirectory users, Replies replies, ChatPort platform) {
        this.users = users;
        this.replies = replies;
        this.platform = platform;
    }

    /** Their private chat; where the platform lets the bot open one (Slack), opened and remembered. */
    private Optional<ChatId> privateChat(User to) {
        if (to.privateChatId() != null) {
            return Optional.of(ChatId.privateChat(to.privateChatId()));
        }
        ChatUser who = new ChatUser(to.platform(), to.platformUserId(), to.displayName(), null);
        return platform.openPrivateChat(who).map(chat -> {
            users.rememberPrivateChat(to, who, chat);
            return chat;
        });
    }

    /** Delivers now, or after the held turn commits; {@code sent} hears the outcome either way. */
    void send(User to, OutboundMessage message, java.util.function.Consumer<Optional<MessageRef>> sent) {
        replies.afterCommit(() -> sent.accept(send(to, message, false)));
    }

    /**
     * Delivers now: only outside a held turn (the scheduled checks), where its outcome is known at once. A
     * platform that is down or flooded is thrown, so the sweep can leave the check due and try again.
     */
    Optional<MessageRef> sendScheduled(User to, OutboundMessage message) {
        if (replies.holding()) {
            throw new IllegalStateException("a notice in a held turn goes through send(to, message, sent)");
        }
        return send(to, message, true);
    }

    private Optional<MessageRef> send(User to, OutboundMessage message, boolean throwOutage) {
        if (to.blockedAt() != null) {
            return Optional.empty();
        }
        try {
            Optional<ChatId> chat = privateChat(to);
            if (chat.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(replies.send(chat.get(), message));
        } catch (DeliveryException e) {
            if (e.isPassing() && throwOutage) {
                throw e;
            }
            if (e.reason() == DeliveryException.Reason.BLOCKED_BY_USER) {
                users.markBlocked(to.id());
            }
            log.warn("notice to user {} not delivered: {}", to.id(), e.reason());
            return Optional.empty();
        }
    }
}
