package com.followupbot.inbound;

import com.followupbot.chat.Inbound;

/** Where {@link InboundRetry} hands a message on: the conversation. */
@FunctionalInterface
public interface InboundHandler {

    /**
     * Handles {@code inbound}. {@code processed} marks it handled in the inbound ledger: it is to run in the
     * transaction of what the message changes, so that the two commit together and a replay after an outage
     * finds either both or neither; on its own when that transaction rolled back on a bug (replaying it would
     * fail the same way). Not at all when the database is away: the message is then replayed whole.
     */
    void handle(Inbound inbound, Runnable processed);
}
