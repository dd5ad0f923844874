package com.followupbot.chat;

import java.util.Optional;

/**
 * The one way the core reaches users. Adapters implement it; nothing else of theirs reaches the core.
 * Implementations throw {@link DeliveryException} when the platform refuses or cannot be reached.
 */
public interface ChatPort {

    /** Sends a message and returns its reference, so it can be edited later. */
    MessageRef send(ChatId chat, OutboundMessage message);

    /** Replaces the text and buttons of a message sent earlier. */
    void edit(MessageRef message, OutboundMessage replacement);

    /** Acknowledges a button press (stops the spinner); {@code text} is a short toast, may be null. */
    void acknowledge(Inbound.Press press, String text);

    /** The platform's rate limits, which the core paces every send against; empty when there are none (console, tests). */
    default Optional<SendLimits> sendLimits() {
        return Optional.empty();
    }

    /**
     * The user's private chat, when the platform lets the bot open one by itself (Slack can). Empty when
     * the user has to open it first (Telegram): the core then offers a button that does.
     */
    default Optional<ChatId> openPrivateChat(ChatUser user) {
        return Optional.empty();
    }
}
