package com.followupbot.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.InboundEvent;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The ledger's leases and memory run on the bot's clock, not the database's: moving the clock is all it
 * takes for a dead handler's claim to be taken over, or an old event forgotten. The clock starts years
 * away from the server's, so that a time taken from the server would show.
 */
class InboundLedgerClockTest {

    private static final Duration LEASE = Duration.ofMinutes(1);

    private final MovableClock clock = new MovableClock(Instant.parse("2031-05-06T07:00:00Z"), ZoneOffset.UTC);
    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final InboundLedger ledger = new InboundLedger(jdbi, LEASE, clock);

    @Test
    void aClaimIsTakenOverOnceTheLeaseHasPassedOnTheBotsClock() {
        InboundEvent event = InboundEvent.of("test:clock", "ev-1");
        assertThat(ledger.claim(event)).isTrue();
        assertThat(claimedAt(event)).isEqualTo(clock.instant());

        clock.advance(LEASE.minusSeconds(1));
        assertThat(ledger.claim(event)).isFalse(); // still in hand

        clock.advance(Duration.ofSeconds(2));
        assertThat(ledger.claim(event)).isTrue(); // its handler is taken for dead
        ledger.done(event);
        clock.advance(LEASE.multipliedBy(10));
        assertThat(ledger.claim(event)).isFalse(); // done is done, however late
    }

    @Test
    void handledEventsAreForgottenByTheBotsClock() {
        InboundEvent event = InboundEvent.of("test:clock", "ev-2");
        ledger.claim(event);
        ledger.done(event);
        assertThat(ledger.forgetOlderThan("test:clock", Duration.ofDays(1))).isZero();

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(ledger.forgetOlderThan("test:clock", Duration.ofDays(1))).isEqualTo(1);
    }

    private Instant claimedAt(InboundEvent event) {
        return jdbi.withHandle(h -> h.createQuery("select claimed_at from inbound_event where event_key = :key")
                .bind("key", event.key()).mapTo(Instant.class).one());
    }
}
