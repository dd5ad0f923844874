package com.followupbot.conversation;

import com.followupbot.chat.DeliveryException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;

/**
 * What became of one scheduled message (a morning agenda, a one-to-one's reminder, brief or question, a
 * referral check). A platform that is down or flooded, after the pacer's own retries, leaves the message
 * due: its sweep stops there and the next one, a minute later, tries again, so an outage delays these
 * messages instead of losing them. Any other failure (the user blocked the bot, the platform refused the
 * message, a bug in rendering it) gives up on that one message, so it cannot stop every sweep after it.
 */
enum ScheduledOutcome {
    SENT, NOT_SENT, RETRY_LATER;

    /** Runs {@code send} (true: sent; false: nothing to send after all) and says what became of it. */
    static ScheduledOutcome of(BooleanSupplier send, Logger log, String what, long userId) {
        try {
            return send.getAsBoolean() ? SENT : NOT_SENT;
        } catch (DeliveryException e) {
            if (e.isPassing()) {
                log.warn("{} for user {} not delivered ({}); the next sweep tries again", what, userId, e.reason());
                return RETRY_LATER;
            }
            log.warn("{} for user {} not delivered: {}", what, userId, e.reason());
            return NOT_SENT;
        } catch (RuntimeException e) {
            log.warn("{} for user {} not delivered: {}", what, userId, e.toString());
            return NOT_SENT;
        }
    }
}
