package com.followupbot.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.SendLimits;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Reservations spread sends under the limits, and two pacers on one database (two instances) share them. */
class SendPacerTest {

    private static final SendLimits TELEGRAM = new SendLimits("bot-1", SendLimits.Rate.perSecond(30),
            SendLimits.Rate.perSecond(1), SendLimits.Rate.perMinute(20));
    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final MovableClock clock = new MovableClock(Instant.parse("2026-04-30T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void oneChatGetsAMessageAboutEverySecondAndAGroupEveryThree() {
        SendPacer pacer = new SendPacer(jdbi, TELEGRAM, clock);
        List<Instant> slots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slots.add(clock.instant().plus(pacer.reserveChat("42", true)));
        }
        assertThat(slots).as("a busy chat's slots are one widened interval apart, on the clock")
                .containsExactly(clock.instant(), clock.instant().plusMillis(1150), clock.instant().plusMillis(2300));
        pacer.reserveChat("-100", false);
        assertThat(pacer.idleIn("-100")).as("20 a minute").isEqualTo(Duration.ofMillis(3450));
        assertThat(pacer.reserveOverall("chat-x")).as("a busy chat holds up no one else").isZero();
        assertThat(pacer.idleIn("43")).isZero();
        clock.advance(Duration.ofMillis(1000));
        assertThat(pacer.idleIn("42")).as("time moves the slots closer").isEqualTo(Duration.ofMillis(2450));
    }

    @Test
    void twoInstancesShareTheOverallLimit() {
        SendPacer one = new SendPacer(jdbi, TELEGRAM, clock);
        SendPacer other = new SendPacer(jdbi, TELEGRAM, clock);
        List<Instant> slots = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            slots.add(clock.instant().plus((i % 2 == 0 ? one : other).reserveOverall("chat-" + i)));
            clock.advance(Duration.ofMillis(5)); // the instances ask faster than they may send
        }
        for (int i = 30; i < 60; i++) {
            assertThat(Duration.between(slots.get(i - 30), slots.get(i))).as("message %d is over a second after message %d", i, i - 30)
                    .isGreaterThan(Duration.ofSeconds(1));
        }
    }

    /**
     * One instance sending as fast as the pacer lets it, its answers coming back 3 ms after each request
     * left and, once in 40, 60 ms after: message n + 30
     * never leaves less than a second after message n was answered (the latest it can have reached the
     * platform), so no sliding second at the platform ever holds 31. The rate stays near the 34 ms spacing:
     * only the slow answers cost time, 42 ms each (60 + the 16 ms the window still needs - 34).
     */
    @Test
    void aBurstRunsCloseToTheCeilingAndLateAnswersNeverCrowdAWindow() {
        SendPacer pacer = new SendPacer(jdbi, TELEGRAM, clock);
        List<Instant> left = new ArrayList<>();
        List<Instant> answered = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String chat = "chat-" + i;
            clock.advance(pacer.reserveChat(chat, true));
            clock.advance(pacer.reserveOverall(chat));
            left.add(clock.instant());
            clock.advance(Duration.ofMillis(i % 40 == 0 ? 60 : 3));
            answered.add(clock.instant());
            pacer.sent(chat, true);
        }
        for (int i = 30; i < left.size(); i++) {
            assertThat(Duration.between(answered.get(i - 30), left.get(i))).as("message %d after message %d's answer", i, i - 30)
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        double seconds = Duration.between(left.get(0), left.get(left.size() - 1)).toNanos() / 1e9;
        assertThat((left.size() - 1) / seconds).as("messages a second, of Telegram's 30").isGreaterThan(28.2);
    }

    @Test
    void aBackOffHoldsTheChatAndOnlyThatChat() {
        SendPacer pacer = new SendPacer(jdbi, TELEGRAM, clock);
        pacer.backOff("42", Duration.ofSeconds(30));
        assertThat(pacer.idleIn("42")).isEqualTo(Duration.ofSeconds(30));
        assertThat(pacer.idleIn("43")).isZero();
        assertThat(pacer.reserveChat("42", true)).isEqualTo(Duration.ofSeconds(30));
        assertThat(new SendPacer(jdbi, new SendLimits("bot-2", TELEGRAM.overall(), TELEGRAM.privateChat(),
                TELEGRAM.groupChat()), clock).idleIn("42")).as("another bot's chat 42").isZero();
    }
}
