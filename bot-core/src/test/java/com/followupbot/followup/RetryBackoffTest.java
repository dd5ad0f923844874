package com.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.Platform;
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** A chat that keeps refusing is retried less and less often, and the prompt arrives once it accepts. */
class RetryBackoffTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME).toInstant(), ROME);
    private final AtomicBoolean refusing = new AtomicBoolean();
    private final RecordingChatPort recorded = new RecordingChatPort();
    private final FollowUpBot bot = FollowUpBot.create(jdbi, clock, new RefusingPort(), BotSettings.defaults(ROME, "retry"));

    @Test
    void retriesBackOffAndNothingIsLost() {
        bot.handle(new Inbound.Text(ChatUser.of(Platform.TEST, "u1", "Una"), ChatId.privateChat("dm-u1"), "met Anna at the expo"));
        refusing.set(true);
        clock.advance(Duration.ofHours(15)); // Friday 09:40, the note is due

        assertThat(bot.dispatchDuePrompts()).isZero();
        assertThat(retryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofSeconds(61));
        assertThat(bot.dispatchDuePrompts()).isZero();
        assertThat(retryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofSeconds(121));
        assertThat(bot.dispatchDuePrompts()).isZero();
        assertThat(retryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(4)));

        refusing.set(false);
        clock.advance(Duration.ofMinutes(3));
        assertThat(bot.dispatchDuePrompts()).as("still backing off").isZero();
        clock.advance(Duration.ofSeconds(61));
        assertThat(bot.dispatchDuePrompts()).isEqualTo(1);
        assertThat(recorded.all()).last().satisfies(s -> assertThat(s.message().text()).contains("Step 1 of 3"));
    }

    @Test
    void aFailedStepIsNotClaimedBeforeItsNextAttemptAndIsAfter() {
        bot.handle(new Inbound.Text(ChatUser.of(Platform.TEST, "u1", "Una"), ChatId.privateChat("dm-u1"), "met Anna at the expo"));
        refusing.set(true);
        clock.advance(Duration.ofHours(15));
        assertThat(bot.dispatchDuePrompts()).isZero();
        Instant retryAt = retryAt();
        boolean unclaimed = jdbi.withHandle(h -> h.createQuery("select lease_until is null and claimed_by is null "
                + "from follow_up_step where kind = 'NOTE'").mapTo(Boolean.class).one());
        assertThat(unclaimed).as("the backoff no longer borrows the lease").isTrue();

        clock.set(retryAt.minusSeconds(1));
        assertThat(claim()).as("a second before its next attempt").isEmpty();
        clock.set(retryAt);
        assertThat(claim()).extracting(FollowUpStep::kind).containsExactly(StepKind.NOTE);
    }

    private java.util.List<FollowUpStep> claim() {
        return jdbi.withExtension(com.followupbot.followup.internal.StepDao.class,
                dao -> dao.claimDue("probe", clock.instant(), clock.instant().plus(Duration.ofMinutes(2)), 10));
    }

    private Instant retryAt() {
        return jdbi.withHandle(h -> h.createQuery("select next_attempt_at from follow_up_step where kind = 'NOTE'")
                .mapTo(Instant.class).one());
    }

    private final class RefusingPort implements ChatPort {
        @Override
        public MessageRef send(ChatId chat, OutboundMessage message) {
            if (refusing.get()) {
                throw new DeliveryException(DeliveryException.Reason.REJECTED, "Bad Request: chat not found");
            }
            return recorded.send(chat, message);
        }

        @Override
        public MessageRef sendFile(ChatId chat, OutboundFile file) {
            if (refusing.get()) {
                throw new DeliveryException(DeliveryException.Reason.REJECTED, "Bad Request: chat not found");
            }
            return recorded.sendFile(chat, file);
        }

        @Override
        public void edit(MessageRef message, OutboundMessage replacement) {
            recorded.edit(message, replacement);
        }

        @Override
        public void acknowledge(Inbound.Press press, String text) {
            recorded.acknowledge(press, text);
        }
    }
}
