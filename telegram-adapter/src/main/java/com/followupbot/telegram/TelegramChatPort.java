package com.followupbot.telegram;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.Platform;
import com.followupbot.chat.SendLimits;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The core's {@link ChatPort} on the Bot API: sendMessage with an inline keyboard, editMessageText
 * (text and keyboard replaced at once; no keyboard removes it), answerCallbackQuery, and files as
 * sendPhoto (pictures, shown inline) or sendDocument (the rest), uploaded as multipart. Plain text, no
 * parse mode, so nothing a user typed can break the formatting. Pacing and retries are the core's.
 */
final class TelegramChatPort implements ChatPort {

    private static final Logger log = LoggerFactory.getLogger(TelegramChatPort.class);
    /** The Bot API's ceiling on a message's text. */
    static final int MAX_TEXT = 4096;
    /** The Bot API's ceiling on a photo's or document's caption. */
    static final int MAX_CAPTION = 1024;
    /** Telegram's published limits (core.telegram.org/bots/faq): 30 messages/s overall, 1/s per chat, 20/min per group. */
    private static final SendLimits.Rate OVERALL = SendLimits.Rate.perSecond(30);
    private static final SendLimits.Rate PER_CHAT = SendLimits.Rate.perSecond(1);
    private static final SendLimits.Rate PER_GROUP = SendLimits.Rate.perMinute(20);

    private final TelegramClient client;
    private final BotIdentity me;
    private final Keyboards keyboards;

    TelegramChatPort(TelegramClient client, BotIdentity me) {
        this.client = client;
        this.me = me;
        this.keyboards = new Keyboards(me);
    }

    @Override
    public MessageRef send(ChatId chat, OutboundMessage message) {
        SendMessage request = SendMessage.builder().chatId(chat.value()).text(fit(message.text()))
                .replyMarkup(keyboards.of(message)).build();
        try {
            Message sent = client.execute(request);
            return new MessageRef(chat.value(), String.valueOf(sent.getMessageId()));
        } catch (TelegramApiException e) {
            throw TelegramErrors.delivery("sendMessage", e);
        }
    }

    /**
     * A picture goes as a photo, so the chat shows it at once; anything else (a CSV) as a document the user
     * opens. Telegram recompresses photos, which a chart of flat colours survives well.
     */
    @Override
    public MessageRef sendFile(ChatId chat, OutboundFile file) {
        String caption = file.hasCaption() ? fit(file.caption(), MAX_CAPTION) : null;
        // the client reads the stream into the request, so a retry (the core's) makes a new one
        InputFile upload = new InputFile(new ByteArrayInputStream(file.content()), file.fileName());
        String method = file.isImage() ? "sendPhoto" : "sendDocument";
        try {
            Message sent = file.isImage()
                    ? client.execute(SendPhoto.builder().chatId(chat.value()).photo(upload).caption(caption).build())
                    : client.execute(SendDocument.builder().chatId(chat.value()).document(upload).caption(caption).build());
            log.debug("{} of {} bytes delivered as message {}", method, file.size(), sent.getMessageId());
            return new MessageRef(chat.value(), String.valueOf(sent.getMessageId()));
        } catch (TelegramApiException e) {
            throw TelegramErrors.delivery(method, e);
        }
    }

    @Override
    public void edit(MessageRef message, OutboundMessage replacement) {
        EditMessageText request = EditMessageText.builder().chatId(message.chatId())
                .messageId(Integer.valueOf(message.messageId())).text(fit(replacement.text()))
                .replyMarkup(keyboards.of(replacement)).build();
        try {
            client.execute(request);
        } catch (TelegramApiException e) {
            if (TelegramErrors.notModified(e)) {
                return;
            }
            if (TelegramErrors.cannotEdit(e)) {
                log.info("message {} could not be edited any more; the answer is saved all the same", message.messageId());
                return;
            }
            throw TelegramErrors.delivery("editMessageText", e);
        }
    }

    @Override
    public void acknowledge(Inbound.Press press, String text) {
        if (press.ackId() == null) {
            return;
        }
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(press.ackId()).text(text).build());
        } catch (TelegramApiException e) {
            // A query answered too late only leaves a spinner: not worth an apology in the chat.
            log.warn("could not answer a callback query: {}", TelegramErrors.delivery("answerCallbackQuery", e).getMessage());
        }
    }

    /** Telegram's chats are numbers (negative for groups). */
    @Override
    public boolean owns(String chatId) {
        try {
            Long.parseLong(chatId);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public boolean serves(Platform platform) {
        return platform == Platform.TELEGRAM;
    }

    @Override
    public Optional<SendLimits> sendLimits() {
        return Optional.of(new SendLimits(me.scope(), OVERALL, PER_CHAT, PER_GROUP));
    }

    /** Texts past the ceiling are cut (with an ellipsis) rather than refused. */
    static String fit(String text) {
        return fit(text, MAX_TEXT);
    }

    private static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
