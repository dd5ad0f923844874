package com.followupbot.inbound;

import com.followupbot.chat.Inbound;
import com.followupbot.chat.InboundEvent;
import com.followupbot.ops.BotMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what users send while the database cannot be reached, and hands it to the conversation once
 * it can, in the order it came (so each user's messages keep their order), each exactly once.
 * <p>
 * Exactly once rests on the inbound ledger: a held platform event is replayed under its own key (the
 * platform's id, as deduplicated since V5), a console message under a key of its own, so a replay cut
 * short by a crash, or a platform delivering the event again, does not handle it twice. What is not
 * covered, since a turn is one transaction and the ledger's mark commits in it: a turn the database left in
 * the middle of it stored nothing, and its replay stores it once; a turn that committed is marked done, and
 * is not replayed again.
 */
public final class InboundRetry {

    /** The ledger's source for held messages that came with no platform event (the console). */
    static final String HELD_SOURCE = "held";
    private static final Duration LEDGER_MEMORY = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(InboundRetry.class);

    private final InboundHold hold;
    private final InboundLedger ledger;
    private final InboundHandler conversation;
    private final OutageNotice notice;
    private final Clock clock;
    private final BotMetrics metrics;

    public InboundRetry(InboundHold hold, InboundLedger ledger, InboundHandler conversation, OutageNotice notice,
                        Clock clock, BotMetrics metrics) {
        this.hold = hold;
        this.ledger = ledger;
        this.conversation = conversation;
        this.notice = notice;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Handles a message now, or keeps it when the database is away. Returns false only for a platform
     * event handled before (a duplicate). Throws only when the database is away and the hold is full.
     */
    public boolean receive(InboundEvent event, Inbound inbound) {
        if (!hold.isEmpty()) {
            // older messages wait: this one goes behind them, then we try to catch up on them all
            HeldInbound held = keep(event, inbound, null);
            replay();
            if (hold.contains(held)) {
                notice.tell(inbound);
            }
            return true;
        }
        try {
            return handleNow(event, inbound);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.explains(e)) {
                throw e;
            }
            log.warn("The database cannot be reached ({}); keeping a {} from {} user {} to retry", rootMessage(e),
                    inbound.getClass().getSimpleName(), inbound.from().platform(), inbound.from().platformUserId());
            keep(event, inbound, e);
            notice.tell(inbound);
            return true;
        }
    }

    private boolean handleNow(InboundEvent event, Inbound inbound) {
        if (event == null) {
            conversation.handle(inbound, () -> { });
            return true;
        }
        if (!ledger.claim(event)) {
            return false;
        }
        try {
            conversation.handle(inbound, () -> ledger.done(event));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.explains(e)) {
                ledger.done(event); // a bug: redelivering the event would only fail again
            }
            throw e; // an outage leaves the claim open, for the replay to take over
        }
        return true;
    }

    /**
     * Handles the held messages, oldest first, until none is left or the database is still away; returns
     * how many were handled. One replay at a time, so that the order holds.
     */
    public synchronized int replay() {
        int handled = 0;
        for (Optional<HeldInbound> next = hold.oldest(); next.isPresent(); next = hold.oldest()) {
            HeldInbound held = next.get();
            InboundEvent key = held.event() != null ? held.event() : InboundEvent.of(HELD_SOURCE, held.id());
            try {
                if (ledger.claimHeld(key)) {
                    conversation.handle(held.inbound(), () -> ledger.done(key));
                }
            } catch (RuntimeException e) {
                if (DatabaseOutage.explains(e)) {
                    return handled; // still away: it stays first in line
                }
                log.error("Could not replay a held {} from user {}; dropping it", held.inbound().getClass().getSimpleName(),
                        held.inbound().from().platformUserId(), e);
            }
            hold.remove(held);
            metrics.heldReplayed();
            handled++;
        }
        if (handled > 0) {
            log.info("The database is back: handled {} message(s) kept during the outage", handled);
            try {
                ledger.forgetOlderThan(HELD_SOURCE, LEDGER_MEMORY);
            } catch (RuntimeException e) {
                log.debug("Could not trim the ledger of held messages: {}", e.toString()); // next time
            }
        }
        return handled;
    }

    public int held() {
        return hold.size();
    }

    private HeldInbound keep(InboundEvent event, Inbound inbound, RuntimeException outage) {
        // the platform's acknowledgement handle expires long before a replay; the notice acknowledges now
        Inbound kept = inbound instanceof Inbound.Press p ? new Inbound.Press(p.from(), p.chat(), p.token(), p.message(), null)
                : inbound;
        HeldInbound held = new HeldInbound(UUID.randomUUID().toString(), clock.instant(), event, kept);
        if (!hold.add(held)) {
            log.error("The hold is full ({} messages); refusing a message while the database is away", hold.size());
            throw outage != null ? outage : new IllegalStateException("the database is away and the hold is full");
        }
        return held;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
