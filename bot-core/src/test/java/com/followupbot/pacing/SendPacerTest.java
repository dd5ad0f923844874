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
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
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
        assertThat(pacer.reserveOverall("chat-x").delay()).as("a busy chat holds up no one else").isZero();
        assertThat(pacer.idleIn("43")).isZero();
        clock.advance(Duration.ofMillis(1000));
        assertThat(pacer.idleIn("42")).as("time moves the slots closer").isEqualTo(Duration.ofMillis(2450));
    }

    /**
     * A sweep sends its batch inside one transaction (the rows it claimed stay locked until they are
     * marked). Its reservations must commit at once all the same: were they part of that transaction,
     * the bot's overall row would stay locked until the batch ends, and every other sender would wait.
     */
    @Test
    void aReservationInsideACallersTransactionLocksNothingForOthers() {
        SendPacer pacer = new SendPacer(jdbi, TELEGRAM, clock);
        pacer.sent("42", true, pacer.reserveOverall("42")); // both rows exist before
        pacer.reserveChat("42", true);
        Integer lockable = jdbi.inTransaction(caller -> {
            pacer.reserveChat("42", true);
            SendPacer.Slot slot = pacer.reserveOverall("42");
            pacer.sent("42", true, slot);
            try (var other = jdbi.open()) {
                return other.createQuery("select count(*) from (select 1 from send_pace for update nowait) rows")
                        .mapTo(Integer.class).one();
            }
        });
        assertThat(lockable).as("the overall and the chat's rows, free while the caller's transaction runs").isEqualTo(2);
    }

    @Test
    void twoInstancesShareTheOverallLimit() {
        SendPacer one = new SendPacer(jdbi, TELEGRAM, clock);
        SendPacer other = new SendPacer(jdbi, TELEGRAM, clock);
        List<Instant> slots = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            slots.add(clock.instant().plus((i % 2 == 0 ? one : other).reserveOverall("chat-" + i).delay()));
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
            SendPacer.Slot slot = pacer.reserveOverall(chat);
            clock.advance(slot.delay());
            left.add(clock.instant());
            clock.advance(Duration.ofMillis(i % 40 == 0 ? 60 : 3));
            answered.add(clock.instant());
            pacer.sent(chat, true, slot);
        }
        for (int i = 30; i < left.size(); i++) {
            assertThat(Duration.between(answered.get(i - 30), left.get(i))).as("message %d after message %d's answer", i, i - 30)
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        double seconds = Duration.between(left.get(0), left.get(left.size() - 1)).toNanos() / 1e9;
        assertThat((left.size() - 1) / seconds).as("messages a second, of Telegram's 30").isGreaterThan(28.2);
    }

    /**
     * The same with three instances sending at once, as events in time order on one clock: each reserves
     * its next slot as soon as its last message is answered, so up to three sends are in flight and the
     * slots after an answer are partly taken already. Message n + 30 still never leaves less than a
     * second after message n's answer: that, with slots in reservation order, is what keeps any sliding
     * second at the platform to 30.
     */
    @Test
    void threeInstancesInFlightAtOnceStillKeepEveryWindowToTheCeiling() {
        SendPacer pacer = new SendPacer(jdbi, TELEGRAM, clock);
        record Event(Instant at, int sender, int message, SendPacer.Slot slot) {
        }
        PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparing(Event::at).thenComparing(Event::sender));
        Instant start = clock.instant();
        for (int sender = 0; sender < 3; sender++) {
            events.add(new Event(start, sender, -1, null));
        }
        List<Instant> left = new ArrayList<>();
        List<Instant> answered = new ArrayList<>();
        while (left.size() < 300 || events.stream().anyMatch(e -> e.message() >= 0)) {
            Event event = events.poll();
            clock.set(event.at());
            if (event.message() >= 0) { // the answer to a message
                answered.set(event.message(), event.at());
                pacer.sent("chat-" + event.message(), true, event.slot());
            }
            if (left.size() < 300) { // the sender reserves its next message at once
                int message = left.size();
                Duration chatWait = pacer.reserveChat("chat-" + message, true);
                SendPacer.Slot slot = pacer.reserveOverall("chat-" + message);
                Instant leaves = event.at().plus(chatWait).plus(slot.delay());
                left.add(leaves);
                answered.add(null);
                events.add(new Event(leaves.plusMillis(message % 40 == 0 ? 60 : 3), event.sender(), message, slot));
            }
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
