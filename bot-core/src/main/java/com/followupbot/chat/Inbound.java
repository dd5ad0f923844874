package com.followupbot.chat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/** Everything an adapter can hand to the bot: the core's whole inbound API. */
public sealed interface Inbound permits Inbound.Text, Inbound.Press, Inbound.Command, Inbound.Upload {

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

    /**
     * A file the user sent (a contacts export to import): its name, media type and size as the platform gave
     * them, and its bytes. An adapter fetches no file over {@link #MAX_BYTES}: it passes the size with no bytes
     * ({@code content} null), and the core says the file is too big; a smaller file it could not fetch comes
     * with no bytes too, and the user is asked to send it again.
     */
    record Upload(ChatUser from, ChatId chat, String fileName, String mediaType, long size, byte[] content)
            implements Inbound {

        /** The largest file the bot reads: far more than a few thousand contacts, and little to hold in memory. */
        public static final int MAX_BYTES = 2 * 1024 * 1024;

        public Upload {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(chat, "chat");
            fileName = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
            mediaType = mediaType == null ? "" : mediaType.strip().toLowerCase(Locale.ROOT);
            if (content != null) {
                size = Math.max(size, content.length);
                content = content.clone();
            }
        }

        /** An upload of {@code content}, its size taken from it. */
        public static Upload of(ChatUser from, ChatId chat, String fileName, String mediaType, byte[] content) {
            return new Upload(from, chat, fileName, mediaType, content.length, content);
        }

        /** Too big to read (and so, from an adapter, never fetched). */
        public boolean tooLarge() {
            return size > MAX_BYTES;
        }

        /** Whether the bytes came: false when the platform did not hand them over. */
        public boolean fetched() {
            return content != null;
        }

        /** A copy: the record's own bytes stay as they came. */
        @Override
        public byte[] content() {
            return content == null ? null : content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Upload u && from.equals(u.from) && chat.equals(u.chat) && fileName.equals(u.fileName)
                    && mediaType.equals(u.mediaType) && size == u.size && Arrays.equals(content, u.content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(from, chat, fileName, mediaType, size, Arrays.hashCode(content));
        }

        /** Never the bytes: the file is the user's, not the log's. */
        @Override
        public String toString() {
            return "Upload[" + fileName + ", " + mediaType + ", " + size + " bytes]";
        }
    }
}
