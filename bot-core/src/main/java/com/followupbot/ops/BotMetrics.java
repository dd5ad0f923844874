package com.followupbot.ops;

import com.followupbot.chat.Platform;

/**
 * What the core reports about its own work, for the launcher's metrics. An interface with a no-op default
 * rather than a metrics library in the core: the core stays free of Micrometer (as of Quartz and the
 * platforms), and tests and the console need nothing. Outbound counts need no hook here, they are taken
 * where the messages leave (a {@code ChatPort} decorator in the launcher). Called on the handling thread:
 * implementations must be cheap and never throw.
 */
public interface BotMetrics {

    BotMetrics NONE = new BotMetrics() {
    };

    /** A text, press or command from a user of {@code platform} is being handled (duplicates are not). */
    default void received(Platform platform) {
    }

    /** A text from a user of {@code platform} that the bot could not read ({@code Understanding.NotUnderstood}). */
    default void notUnderstood(Platform platform) {
    }

    /** A message kept while the database was away has been replayed once it was back (or dropped, beyond saving). */
    default void heldReplayed() {
    }
}
