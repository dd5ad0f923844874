package com.followupbot.telegram;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands each update to the bot, which handles it exactly once by its update_id: a redelivered one (after a
 * restart, a webhook retry) is skipped.
 */
final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    private final FollowUpBot bot;
    private final UpdateTranslator translator;
    private final String source;

    UpdateHandler(FollowUpBot bot, UpdateTranslator translator, String source) {
        this.bot = bot;
        this.translator = translator;
        this.source = source;
    }

    /** Handles the update; throws only when the database cannot be reached (then nothing was done). */
    void handle(Update update) {
        InboundEvent event = InboundEvent.numbered(source, update.getUpdateId());
        boolean first = translator.translate(update).map(inbound -> bot.handle(event, inbound)).orElseGet(() -> bot.pass(event));
        if (!first) {
            log.debug("update {} already handled", update.getUpdateId());
        }
    }

    /** For the polling thread, which must never die: a failure is logged and the next update handled. */
    void handleQuietly(Update update) {
        try {
            handle(update);
        } catch (RuntimeException e) {
            log.error("update {} could not be handled", update.getUpdateId(), e);
        }
    }

    String source() {
        return source;
    }
}
