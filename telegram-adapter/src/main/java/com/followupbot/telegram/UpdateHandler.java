package com.followupbot.telegram;

import com.followupbot.FollowUpBot;
import com.followupbot.inbound.InboundLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands each update to the bot exactly once: it is claimed in the inbound ledger by its update_id
 * before handling, so a redelivered one (after a restart, a webhook retry) is skipped.
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
        InboundLedger ledger = bot.inboundLedger();
        long id = update.getUpdateId();
        if (!ledger.claim(source, id)) {
            log.debug("update {} already handled", id);
            return;
        }
        try {
            translator.translate(update).ifPresent(bot::handle);
        } finally {
            ledger.done(source, id);
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
