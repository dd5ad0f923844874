package com.followupbot.chat;

/** Everything an adapter can hand to the bot: the core's whole inbound API. */
public sealed interface Inbound permits Inbound.Text, Inbound.Press, Inbound.Command {

    ChatUser from();

    ChatId chat();

    /** A message typed by the user. {@code replyTo} is the bot message it answers, if the platform says. */
    record Text(ChatUser from, ChatId chat, String text, MessageRef replyTo) implements Inbound {
        public Text(ChatUser from, ChatId chat, String text) {
            this(from, chat, text, null);
        }
    }

    /**
     * A button press. {@code message} is the message that carried the button; {@code ackId} is the
     * platform's handle for acknowledging the press (Telegram's callback query id), may be null.
     */
    record Press(ChatUser from, ChatId chat, String token, MessageRef message, String ackId) implements Inbound {
    }

    /** A slash command ({@code /today}, {@code /met Anna at the expo}), name without slash or bot suffix. */
    record Command(ChatUser from, ChatId chat, String name, String args) implements Inbound {
    }
}
