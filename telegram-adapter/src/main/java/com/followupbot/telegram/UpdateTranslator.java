package com.followupbot.telegram;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.Platform;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * A Telegram update in the core's terms: a message becomes a Text or a Command (commands for other
 * bots are dropped), a callback query a Press, a document sent in the private chat an Upload (its bytes
 * fetched unless it is over the core's limit). Everything else (edits, channel posts, bots) is nothing
 * for the core. A private message without text still reaches the core, as an empty text, so the user
 * hears back rather than silence.
 */
final class UpdateTranslator {

    private final BotIdentity me;
    private final Function<String, Optional<byte[]>> files;

    /** A translator that fetches no file (an upload then comes without its bytes). */
    UpdateTranslator(BotIdentity me) {
        this(me, fileId -> Optional.empty());
    }

    /** {@code files} fetches a file's bytes by its file_id. */
    UpdateTranslator(BotIdentity me, Function<String, Optional<byte[]>> files) {
        this.me = me;
        this.files = files;
    }

    Optional<Inbound> translate(Update update) {
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        if (update.hasCallbackQuery()) {
            return press(update.getCallbackQuery());
        }
        return Optional.empty();
    }

    private Optional<Inbound> message(Message message) {
        Optional<ChatId> chat = chatOf(message.getChat());
        if (message.getFrom() == null || Boolean.TRUE.equals(message.getFrom().getIsBot()) || chat.isEmpty()) {
            return Optional.empty();
        }
        ChatUser from = user(message.getFrom());
        if (message.hasDocument() && chat.get().isPrivate()) {
            return Optional.of(upload(from, chat.get(), message.getDocument()));
        }
        String text = message.hasText() ? message.getText() : message.getCaption();
        if (text == null) {
            return chat.get().isPrivate() ? Optional.of(new Inbound.Text(from, chat.get(), "")) : Optional.empty();
        }
        Optional<CommandText> command = CommandText.parse(text);
        if (command.isPresent()) {
            CommandText c = command.get();
            return c.isFor(me.username()) ? Optional.of(new Inbound.Command(from, chat.get(), c.name(), c.args()))
                    : Optional.empty();
        }
        return Optional.of(new Inbound.Text(from, chat.get(), text, repliedTo(message)));
    }

    /** Telegram says the size before anything is fetched: a file over the limit is never downloaded. */
    private Inbound.Upload upload(ChatUser from, ChatId chat, Document document) {
        Long size = document.getFileSize();
        if (size != null && size > Inbound.Upload.MAX_BYTES) {
            return new Inbound.Upload(from, chat, document.getFileName(), document.getMimeType(), size, null);
        }
        byte[] content = files.apply(document.getFileId()).orElse(null);
        return new Inbound.Upload(from, chat, document.getFileName(), document.getMimeType(),
                size == null ? 0 : size, content);
    }

    private Optional<Inbound> press(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || query.getData() == null || query.getFrom() == null) {
            return Optional.empty(); // inline-mode and game callbacks: the bot makes neither
        }
        Optional<ChatId> chat = chatOf(message.getChat());
        if (chat.isEmpty()) {
            return Optional.empty();
        }
        MessageRef ref = new MessageRef(chat.get().value(), String.valueOf(message.getMessageId()));
        return Optional.of(new Inbound.Press(user(query.getFrom()), chat.get(), query.getData(), ref, query.getId()));
    }

    /** The bot's own message this one replies to: how a typed answer finds its prompt. */
    private MessageRef repliedTo(Message message) {
        Message original = message.getReplyToMessage();
        if (original == null || original.getFrom() == null || original.getFrom().getId() == null
                || original.getFrom().getId() != me.id()) {
            return null;
        }
        return new MessageRef(String.valueOf(message.getChatId()), String.valueOf(original.getMessageId()));
    }

    private static Optional<ChatId> chatOf(Chat chat) {
        if (chat == null || chat.getId() == null) {
            return Optional.empty();
        }
        String id = String.valueOf(chat.getId());
        if (Boolean.TRUE.equals(chat.isUserChat())) {
            return Optional.of(ChatId.privateChat(id));
        }
        if (Boolean.TRUE.equals(chat.isGroupChat()) || Boolean.TRUE.equals(chat.isSuperGroupChat())) {
            return Optional.of(ChatId.group(id));
        }
        return Optional.empty(); // channels: the bot takes no part in them
    }

    private static ChatUser user(User user) {
        String name = Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        return new ChatUser(Platform.TELEGRAM, String.valueOf(user.getId()), name.isEmpty() ? null : name,
                user.getLanguageCode());
    }
}
