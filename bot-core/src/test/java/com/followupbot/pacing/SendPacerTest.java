package com.followupbot.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.Storage;
import com.followupbot.chat.SendLimits;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Reservations spread sends under the limits, and two pacers on one database (two instances) share them. */
class SendPacerTest {

    private static final SendLimits TELEGRAM = new SendLimits("bot-1", SendLimits.Rate.perSecond(30),
            SendLimits.Rate.perSecond(1), SendLimits.Rate.perMinute(20));
    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());

    @Test
    void oneChatGetsAMessageAboutEverySecondAndAGroupEveryThree() {
        SendPacer pacer = new SendPacer(jdbi, TELEGRAM);
        // read on the database's clock, where the pacer keeps its slots: no timing of this JVM's thread
        List<java.time.Instant> next = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Duration wait = pacer.reserveChat("42", true);
            next.add(nextAt("bot-1/chat/42"));
            if (i > 0 && !wait.isZero()) {
                assertThat(Duration.between(next.get(i - 1), next.get(i))).as("a busy chat's next slot is one interval on")
                        .isEqualTo(Duration.ofMillis(1150));
            }
        }
        assertThat(Duration.between(next.get(0), next.get(2))).as("at most one a second, with a margin")
                .isGreaterThanOrEqualTo(Duration.ofMillis(2300));
        pacer.reserveChat("-100", false);
        assertThat(pacer.idleIn("-100")).as("20 a minute").isBetween(Duration.ofMillis(3000), Duration.ofMillis(3450));
        assertThat(pacer.reserveOverall("chat-x")).as("a busy chat holds up no one else").isLessThan(Duration.ofMillis(100));
        assertThat(pacer.idleIn("43")).isZero();
    }

    @Test
    void twoInstancesShareTheOverallLimit() {
        SendPacer one = new SendPacer(jdbi, TELEGRAM);
        SendPacer other = new SendPacer(jdbi, TELEGRAM);
        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            slots.add(slot((i % 2 == 0 ? one : other).reserveOverall("chat-" + i)));
        }
        for (int i = 30; i < 60; i++) {
            assertThat(slots.get(i) - slots.get(i - 30)).as("message %d is over a second after message %d", i, i - 30)
                    .isGreaterThan(1000L);
        }
    }

    @Test
    void aBackOffHoldsTheChatAndOnlyThatChat() {
        SendPacer pacer = new SendPacer(jdbi, TELEGRAM);
        pacer.backOff("42", Duration.ofSeconds(30));
        assertThat(pacer.idleIn("42")).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30));
        assertThat(pacer.idleIn("43")).isZero();
        assertThat(pacer.reserveChat("42", true)).isGreaterThan(Duration.ofSeconds(29));
        assertThat(new SendPacer(jdbi, new SendLimits("bot-2", TELEGRAM.overall(), TELEGRAM.privateChat(),
                TELEGRAM.groupChat())).idleIn("42")).as("another bot's chat 42").isZero();
    }

    private java.time.Instant nextAt(String key) {
        return jdbi.withHandle(h -> h.createQuery("select next_at from send_pace where pace_key = :key").bind("key", key)
                .mapTo(java.time.Instant.class).one());
    }

    /** The reserved slot on this JVM's clock, in ms: now plus the wait (the database and the test share a host). */
    private static long slot(Duration wait) {
        return System.nanoTime() / 1_000_000 + wait.toMillis();
    }
}
