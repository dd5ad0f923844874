package com.followupbot.telegram;

import com.followupbot.chat.Button;
import com.followupbot.chat.OutboundMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The core's button rows as an inline keyboard: a token becomes callback data, a private-chat button a t.me link. */
final class Keyboards {

    /** The Bot API's ceiling on callback data. */
    static final int MAX_CALLBACK_BYTES = 64;

    private final BotIdentity me;

    Keyboards(BotIdentity me) {
        this.me = me;
    }

    /** The keyboard, or null for a message without buttons (an edit without one removes the old keyboard). */
    InlineKeyboardMarkup of(OutboundMessage message) {
        if (message.buttonRows().isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = message.buttonRows().stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(this::button).toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private InlineKeyboardButton button(Button button) {
        if (button.opensPrivateChat()) {
            return InlineKeyboardButton.builder().text(button.label()).url(me.startLink(button.privateChatPayload())).build();
        }
        if (button.token().getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
            throw new IllegalArgumentException("a button token longer than Telegram's 64-byte callback data");
        }
        return InlineKeyboardButton.builder().text(button.label()).callbackData(button.token()).build();
    }
}
