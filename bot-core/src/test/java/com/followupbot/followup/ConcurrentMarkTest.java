package com.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.Platform;
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The batch mark finds its steps by ctid; a step someone else changes while the mark runs gets a new one. The
 * dispatcher must still record it as prompted (else its claim runs out and the prompt is sent again).
 */
class ConcurrentMarkTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME).toInstant(), ROME);
    private final RecordingChatPort recorded = new RecordingChatPort();
    private CompletableFuture<Void> sideCommit;

    @Test
    void aStepChangedWhileItsBatchIsMarkedIsStillRecordedPrompted() {
        FollowUpBot bot = FollowUpBot.create(jdbi, clock, recorded.beforeEachSend(this::changeTheStepWhileItsPromptIsSent),
                BotSettings.defaults(ROME, "marker"));
        bot.handle(new Inbound.Text(ChatUser.of(Platform.TEST, "u1", "Una"), ChatId.privateChat("dm-u1"), "met Anna at the expo"));
        clock.advance(Duration.ofHours(15)); // Friday 09:40: the note is due

        assertThat(bot.dispatchDuePrompts()).isEqualTo(1);
        sideCommit.join();

        String note = jdbi.withHandle(h -> h.createQuery("""
                select state || ' ' || coalesce(claimed_by, '-') || ' ' || outcome_note from follow_up_step where kind = 'NOTE'""")
                .mapTo(String.class).one());
        int delivered = jdbi.withHandle(h -> h.createQuery("select count(*) from prompt_delivery where delivered_at is not null")
                .mapTo(Integer.class).one());
        assertThat(note).isEqualTo("PROMPTED - noted meanwhile");
        assertThat(delivered).isEqualTo(1);
    }

    /** While the prompt is sent, another transaction changes its step and commits only once the mark waits for it. */
    private void changeTheStepWhileItsPromptIsSent(ChatId chat, OutboundMessage message) {
        if (sideCommit == null && message.text().contains("Step 1 of 3")) {
            Handle side = jdbi.open();
            side.begin();
            side.execute("update follow_up_step set outcome_note = 'noted meanwhile' where claimed_by = 'marker'");
            int pid = side.createQuery("select pg_backend_pid()").mapTo(Integer.class).one();
            sideCommit = CompletableFuture.runAsync(() -> {
                awaitSomeoneBlockedBy(pid);
                side.commit();
                side.close();
            });
        }
    }

    /** Polls the server's lock graph (no sleeping on a guess): returns once a backend waits for {@code pid}'s lock. */
    private void awaitSomeoneBlockedBy(int pid) {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (!jdbi.withHandle(h -> h.createQuery("select exists (select 1 from pg_stat_activity where :pid = any (pg_blocking_pids(pid)))")
                .bind("pid", pid).mapTo(Boolean.class).one())) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the mark never waited for the concurrent change");
            }
        }
    }
}
