package com.followupbot.conversation;

import com.followupbot.chat.ChatId;
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
 * them, an outcome reported back). Empty when they cannot be reached there: they never opened the chat,
 * or blocked the bot (then they are marked so), or the platform failed; the sender's work stands anyway.
 */
final class PrivateNotices {

    private static final Logger log = LoggerFactory.getLogger(PrivateNotices.class);

    private final UserDirectory users;
    private final Replies replies;

    PrivateNotices(UserDirectory users, Replies replies) {
        this.users = users;
        this.replies = replies;
    }

    Optional<MessageRef> send(User to, OutboundMessage message) {
        if (to.privateChatId() == null || to.blockedAt() != null) {
            return Optional.empty();
        }
        try {
            return Optional.of(replies.send(ChatId.privateChat(to.privateChatId()), message));
        } catch (DeliveryException e) {
            if (e.reason() == DeliveryException.Reason.BLOCKED_BY_USER) {
                users.markBlocked(to.id());
            }
            log.warn("notice to user {} not delivered: {}", to.id(), e.reason());
            return Optional.empty();
        }
    }
}
