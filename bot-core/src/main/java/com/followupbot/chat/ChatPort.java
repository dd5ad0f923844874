package com.followupbot.chat;

import java.util.Optional;

/**
 * The one way the core reaches users. Adapters implement it; nothing else of theirs reaches the core.
 * Implementations throw {@link DeliveryException} when the platform refuses or cannot be reached.
 */
public interface ChatPort {

    /** Sends a message and returns its reference, so it can be edited later. */
    MessageRef send(ChatId chat, OutboundMessage message);

    /**
     * Sends a file (a chart as a picture, an export as a document) with its caption, in the same chat and
     * under the same limits as {@link #send}. The reference names the message that carries the file (on Slack
     * the file itself, whose message Slack posts on its own); it is not meant for {@link #edit}, since platforms edit a file's message differently, if at all. Abstract
     * on purpose: a platform that could not send files would fail only when a user asks for one.
     */
    MessageRef sendFile(ChatId chat, OutboundFile file);

    /**
     * Sends a message in a group that only {@code reader} needs to see (an acknowledgement there): where the
     * platform can, only they see it (Slack's ephemeral messages); elsewhere the group sees it, so it must
     * say nothing personal. It cannot be edited later.
     */
    default void sendTo(ChatId chat, ChatUser reader, OutboundMessage message) {
        send(chat, message);
    }

    /** Replaces the text and buttons of a message sent earlier. */
    void edit(MessageRef message, OutboundMessage replacement);

    /** Acknowledges a button press (stops the spinner); {@code text} is a short toast, may be null. */
    void acknowledge(Inbound.Press press, String text);

    /**
     * Whether {@code chatId} is one of this platform's chats (Telegram's are numbers, Slack's carry their
     * workspace): with several platforms in one bot, messages are routed by it.
     */
    default boolean owns(String chatId) {
        return true;
    }

    /** Whether this port reaches users of {@code platform}. */
    default boolean serves(Platform platform) {
        return true;
    }

    /** Whether the platform shows each user a home screen ({@link #showHome}). */
    default boolean showsHome() {
        return false;
    }

    /** Replaces {@code user}'s home screen with {@code view}; only called when {@link #showsHome()}. */
    default void showHome(ChatUser user, HomeView view) {
    }

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
