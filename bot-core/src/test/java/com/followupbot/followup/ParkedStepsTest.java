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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** A user who blocked the bot everywhere waits outside the due index, and is prompted again once they write. */
class ParkedStepsTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ChatUser UNA = ChatUser.of(Platform.TEST, "u1", "Una");
    private static final ChatId DM = ChatId.privateChat("dm-u1");

    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME).toInstant(), ROME);
    private final AtomicBoolean blocked = new AtomicBoolean();
    private final RecordingChatPort recorded = new RecordingChatPort();
    private final FollowUpBot bot = FollowUpBot.create(jdbi, clock, new BlockingPort(), BotSettings.defaults(ROME, "parked"));

    @Test
    void aBlockedUsersStepsAreParkedAndComeBackWhenTheyWriteAgain() {
        bot.handle(new Inbound.Text(UNA, DM, "met Anna at the expo"));
        blocked.set(true);
        clock.advance(Duration.ofHours(15)); // Friday 09:40, the note is due
        assertThat(bot.dispatchDuePrompts()).isZero(); // the platform says: blocked by the user

        assertThat(count("select count(*) from follow_up_step where parked_at is not null")).isEqualTo(3);
        assertThat(count("select count(*) from follow_up_step where state in ('PENDING', 'SNOOZED') and parked_at is null"))
                .as("no step matches the due index's predicate").isZero();
        assertThat(claimPlan()).contains("follow_up_step_due").doesNotContain("user_identity");
        int sent = recorded.all().size();
        clock.advance(Duration.ofDays(3));
        assertThat(bot.dispatchDuePrompts()).isZero();
        assertThat(recorded.all()).as("nothing is tried while parked").hasSize(sent);
        assertThat(bot.dueBacklog().due()).isZero();

        blocked.set(false);
        bot.handle(new Inbound.Text(UNA, DM, "hi again")); // Monday 09:40: they unblocked and wrote
        assertThat(count("select count(*) from follow_up_step where parked_at is not null")).isZero();
        assertThat(bot.dispatchDuePrompts()).as("the overdue note at once, its backoff dropped").isEqualTo(1);
        assertThat(recorded.all()).last().satisfies(s -> assertThat(s.message().text()).contains("Step 1 of 3"));
    }

    @Test
    void aStepOpenedWhileTheUserIsBlockedIsParkedFromTheStart() {
        bot.handle(new Inbound.Text(UNA, DM, "met Anna at the expo"));
        jdbi.useHandle(h -> h.execute("update user_identity set blocked_at = now()"));
        assertThat(count("select count(*) from follow_up_step where parked_at is not null")).isEqualTo(3);
        jdbi.useHandle(h -> h.execute("""
                insert into follow_up_step (user_id, contact_id, meeting_id, kind, state, due_at)
                select user_id, contact_id, meeting_id, 'VISIT_CALL', 'PENDING', due_at from follow_up_step where kind = 'NOTE'"""));
        assertThat(count("select count(*) from follow_up_step where parked_at is not null")).isEqualTo(4);

        jdbi.useHandle(h -> h.execute("update user_identity set blocked_at = null"));
        assertThat(count("select count(*) from follow_up_step where parked_at is not null")).isZero();
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /** The plan of the claim's search (without locking, so nothing is claimed); a table this small would be read whole. */
    private String claimPlan() {
        return jdbi.inTransaction(h -> {
            h.execute("set local enable_seqscan = off");
            return String.join("\n", h.createQuery("""
                explain select c.ctid from follow_up_step c
                where c.state in ('PENDING', 'SNOOZED') and c.parked_at is null
                  and greatest(c.due_at, c.next_attempt_at) <= now() + interval '100 days'
                order by greatest(c.due_at, c.next_attempt_at) limit 10""").mapTo(String.class).list());
        });
    }

    private final class BlockingPort implements ChatPort {
        @Override
        public MessageRef send(ChatId chat, OutboundMessage message) {
            if (blocked.get()) {
                throw new DeliveryException(DeliveryException.Reason.BLOCKED_BY_USER, "Forbidden: bot was blocked by the user");
            }
            return recorded.send(chat, message);
        }

        @Override
        public MessageRef sendFile(ChatId chat, OutboundFile file) {
            return send(chat, OutboundMessage.text(file.caption()));
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
