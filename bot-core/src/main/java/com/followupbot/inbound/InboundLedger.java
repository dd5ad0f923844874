package com.followupbot.inbound;

import com.followupbot.chat.InboundEvent;
import com.followupbot.inbound.internal.LedgerDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes each platform event count once, however often the platform delivers it (a Telegram update
 * after a restart, a webhook retried on a timeout, a Slack event retry): the core claims the event by
 * its key before handling it and marks it done after. The newest done sequence number is also where
 * polling resumes after a restart. A claim whose handler died is taken over once {@code lease} has passed,
 * on the bot's clock.
 */
public final class InboundLedger {

    private final Jdbi jdbi;
    private final Duration lease;
    private final Clock clock;

    public InboundLedger(Jdbi jdbi, Duration lease, Clock clock) {
        this.jdbi = jdbi;
        this.lease = lease;
        this.clock = clock;
    }

    /** True when this caller should handle the event; false for one already handled or in hand elsewhere. */
    public boolean claim(InboundEvent event) {
        Instant now = clock.instant();
        return jdbi.withExtension(LedgerDao.class,
                dao -> dao.claim(event.source(), event.key(), event.sequence(), now, now.minus(lease))).isPresent();
    }

    /** Like {@link #claim}, for a message kept during an outage: an unfinished claim is taken at once. */
    public boolean claimHeld(InboundEvent event) {
        return jdbi.withExtension(LedgerDao.class,
                dao -> dao.claimHeld(event.source(), event.key(), event.sequence(), clock.instant())).isPresent();
    }

    public void done(InboundEvent event) {
        jdbi.useExtension(LedgerDao.class, dao -> dao.done(event.source(), event.key(), clock.instant()));
    }

    /** The newest numbered event handled from {@code source}; empty before the first. */
    public OptionalLong lastDone(String source) {
        return jdbi.withExtension(LedgerDao.class, dao -> dao.lastDone(source))
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** Drops events older than {@code age} (platforms redeliver within a day), keeping the resume point. */
    public int forgetOlderThan(String source, Duration age) {
        Instant before = clock.instant().minus(age);
        return jdbi.withExtension(LedgerDao.class, dao -> dao.forgetOlderThan(source, before));
    }
}
