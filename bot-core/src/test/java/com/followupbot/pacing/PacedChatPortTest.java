package com.followupbot.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.SendLimits;
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Retries that help (a network blip) happen inline; ones the platform said are pointless do not. */
class PacedChatPortTest {

    private static final SendLimits LIMITS = new SendLimits("paced-test", SendLimits.Rate.perSecond(1000),
            SendLimits.Rate.perSecond(1000), SendLimits.Rate.perSecond(1000));

    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final List<Duration> waited = new ArrayList<>();
    private final MovableClock clock = new MovableClock(java.time.Instant.parse("2026-04-30T08:00:00Z"), java.time.ZoneOffset.UTC);

    @Test
    void aPlatformThatSaysNotToRetrySoonIsCalledOnceNotFourTimes() {
        AtomicInteger calls = new AtomicInteger();
        ChatPort revoked = failing(calls, new DeliveryException(DeliveryException.Reason.UNREACHABLE, "token_revoked",
                Duration.ofHours(1), null));
        PacedChatPort port = new PacedChatPort(revoked, new SendPacer(jdbi, LIMITS, clock), waited::add);
        assertThatThrownBy(() -> port.send(ChatId.privateChat("T1:D1"), OutboundMessage.text("hi")))
                .isInstanceOf(DeliveryException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aNetworkBlipIsRetriedInlineWithAGrowingPause() {
        AtomicInteger calls = new AtomicInteger();
        ChatPort flaky = failing(calls, new DeliveryException(DeliveryException.Reason.UNREACHABLE, "reset"));
        PacedChatPort port = new PacedChatPort(flaky, new SendPacer(jdbi, LIMITS, clock), waited::add);
        assertThatThrownBy(() -> port.send(ChatId.privateChat("T1:D2"), OutboundMessage.text("hi")))
                .isInstanceOf(DeliveryException.class);
        assertThat(calls).hasValue(PacedChatPort.MAX_ATTEMPTS);
        assertThat(waited).contains(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    /** After a turn's commit the database may be gone: its reply still goes out, unpaced, rather than not at all. */
    @Test
    void aReplyGoesOutUnpacedWhenTheDatabaseHoldingThePaceIsAway() {
        org.postgresql.ds.PGSimpleDataSource nowhere = new org.postgresql.ds.PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/followup?connectTimeout=2"); // nothing listens on port 1
        Jdbi away = Storage.jdbi(nowhere);
        RecordingChatPort platform = new RecordingChatPort();
        PacedChatPort port = new PacedChatPort(platform, new SendPacer(away, LIMITS, clock), waited::add);

        port.send(ChatId.privateChat("T1:D9"), OutboundMessage.text("Got it: Anna Rossi"));

        assertThat(platform.all()).extracting(sent -> sent.message().text()).containsExactly("Got it: Anna Rossi");
        assertThat(waited).isEmpty();
    }

    @Test
    void aFileTakesASlotInItsChatLikeAMessage() {
        SendLimits onePerMinute = new SendLimits("paced-file-test", SendLimits.Rate.perSecond(1000),
                SendLimits.Rate.perMinute(1), SendLimits.Rate.perMinute(1));
        RecordingChatPort platform = new RecordingChatPort();
        PacedChatPort port = new PacedChatPort(platform, new SendPacer(jdbi, onePerMinute, clock), waited::add);

        port.send(ChatId.privateChat("T1:D3"), OutboundMessage.text("Your month"));
        port.sendFile(ChatId.privateChat("T1:D3"), OutboundFile.png("chart.png", new byte[] {1, 2, 3}, "March"));

        assertThat(platform.files()).singleElement().satisfies(sent -> assertThat(sent.caption()).isEqualTo("March"));
        assertThat(waited).as("the file waits for the chat's next slot, a minute after the message")
                .anySatisfy(wait -> assertThat(wait).isGreaterThan(Duration.ofSeconds(30)));
    }

    @Test
    void aFloodedFileIsRetriedForRetryAfterThenGivenBack() {
        AtomicInteger calls = new AtomicInteger();
        ChatPort flooded = failing(calls, new DeliveryException(DeliveryException.Reason.RATE_LIMITED, "429",
                Duration.ofSeconds(1), null));
        PacedChatPort port = new PacedChatPort(flooded, new SendPacer(jdbi, LIMITS, clock), waited::add);
        assertThatThrownBy(() -> port.sendFile(ChatId.privateChat("T1:D4"), OutboundFile.csv("slips.csv", new byte[] {1}, "")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeliveryException.Reason.RATE_LIMITED));
        assertThat(calls).hasValue(PacedChatPort.MAX_ATTEMPTS);
    }

    private static ChatPort failing(AtomicInteger calls, DeliveryException failure) {
        return new ChatPort() {
            @Override
            public MessageRef send(ChatId chat, OutboundMessage message) {
                calls.incrementAndGet();
                throw failure;
            }

            @Override
            public MessageRef sendFile(ChatId chat, OutboundFile file) {
                calls.incrementAndGet();
                throw failure;
            }

            @Override
            public void edit(MessageRef message, OutboundMessage replacement) {
            }

            @Override
            public void acknowledge(Inbound.Press press, String text) {
            }
        };
    }
}
