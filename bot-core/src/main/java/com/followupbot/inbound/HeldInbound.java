package com.followupbot.inbound;

import com.followupbot.chat.Inbound;
import com.followupbot.chat.InboundEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A message that came while the database was unreachable, kept to be handled once it is back.
 * {@code event} is the platform's delivery (null for the console, which has none); {@code id} keys the
 * replay in the inbound ledger when there is no event, so that a replay interrupted by a crash is not
 * done twice.
 */
public record HeldInbound(String id, Instant heldAt, InboundEvent event, Inbound inbound) {
    public HeldInbound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heldAt, "heldAt");
        Objects.requireNonNull(inbound, "inbound");
    }

    /** Same user on the same platform: their messages are replayed in the order they came. */
    public boolean sameSender(HeldInbound other) {
        return inbound.from().platform() == other.inbound.from().platform()
                && inbound.from().platformUserId().equals(other.inbound.from().platformUserId());
    }
}
