package com.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.DueSteps;
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Several instances on one database: each due step is prompted exactly once, and none is lost. */
class TwoInstancesTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final int USERS = 150;

    private final DataSource database = TestDatabase.fresh();
    private final Jdbi jdbi = Storage.jdbi(database);
    private final MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME).toInstant(), ROME);
    private final RecordingChatPort portA = new RecordingChatPort("a");
    private final RecordingChatPort portB = new RecordingChatPort("b");
    private final FollowUpBot a = FollowUpBot.create(jdbi, clock, portA, new BotSettings(ROME, "instance-a", Duration.ofMinutes(2), 10));
    private final FollowUpBot b = FollowUpBot.create(jdbi, clock, portB, new BotSettings(ROME, "instance-b", Duration.ofMinutes(2), 10));

    @Test
    void bothInstancesDispatchingAtOnceSendEachPromptOnce() throws Exception {
        for (int i = 0; i < USERS; i++) {
            (i % 2 == 0 ? a : b).handle(new Inbound.Text(ChatUser.of(Platform.TEST, "u" + i, "User " + i),
                    ChatId.privateChat("dm-u" + i), "met Anna Rossi and Marco Neri at the expo"));
        }
        int confirmations = portA.all().size() + portB.all().size();
        clock.advance(Duration.ofHours(15)); // Friday 09:40: every note step is due

        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> sentByA = CompletableFuture.supplyAsync(() -> await(start, a::dispatchDuePrompts));
        CompletableFuture<Integer> sentByB = CompletableFuture.supplyAsync(() -> await(start, b::dispatchDuePrompts));

        assertThat(sentByA.get() + sentByB.get()).isEqualTo(USERS * 2);
        List<RecordingChatPort.Sent> prompts = Stream.concat(portA.all().stream(), portB.all().stream())
                .filter(s -> s.message().text().contains("Step 1 of 3")).toList();
        assertThat(prompts).hasSize(USERS * 2);
        assertThat(prompts.stream().map(s -> s.chat().value() + s.message().text().substring(0, 20)).distinct()).hasSize(USERS * 2);
        assertThat(portA.all().size() + portB.all().size() - confirmations).isEqualTo(USERS * 2);
        assertThat(sentByA.get()).as("both instances took a share").isPositive();
        assertThat(sentByB.get()).isPositive();
        Integer undelivered = jdbi.withHandle(h -> h.createQuery(
                "select count(*) from prompt_delivery where delivered_at is null").mapTo(Integer.class).one());
        assertThat(undelivered).isZero();
    }

    @Test
    void aCrashedInstancesClaimIsTakenOverAfterTheLease() {
        a.handle(new Inbound.Text(ChatUser.of(Platform.TEST, "u1", "User"), ChatId.privateChat("dm-u1"), "met Anna at the expo"));
        clock.advance(Duration.ofHours(15));
        List<FollowUpStep> claimed = jdbi.withExtension(com.followupbot.followup.internal.StepDao.class,
                dao -> dao.claimDue("crashed", clock.instant(), clock.instant().plus(Duration.ofMinutes(2)), 10));
        assertThat(claimed).hasSize(1); // ... and the instance dies before sending

        assertThat(b.dispatchDuePrompts()).isZero();
        clock.advance(Duration.ofMinutes(3));
        assertThat(b.dispatchDuePrompts()).isEqualTo(1);
        assertThat(b.dispatchDuePrompts()).isZero();
    }

    /**
     * A platform that takes a second per message (on the clock) and a batch of 200 against a 2-minute lease:
     * the instance sends what it can while the claim is surely its own (the first 90 s) and hands the rest
     * back instead of sending it after another instance may have taken it over. Each prompt goes out once.
     */
    @Test
    void aBatchThePlatformCannotTakeWithinTheLeaseIsHandedBackNotSentLate() {
        DueSteps.seed(database, "TEST", 9_000, 200, 1, clock.instant(), true);
        RecordingChatPort slow = new RecordingChatPort("slow").beforeEachSend((chat, message) -> clock.advance(Duration.ofSeconds(1)));
        FollowUpBot bot = FollowUpBot.create(jdbi, clock, slow, new BotSettings(ROME, "instance-slow", Duration.ofMinutes(2), 200));

        assertThat(bot.dispatchDuePrompts()).as("sent at 0 s, 1 s … 90 s of the claim, then handed back").isEqualTo(91);
        Integer unsentClaims = jdbi.withHandle(h -> h.createQuery(
                "select count(*) from follow_up_step where state = 'PENDING' and claimed_by is null").mapTo(Integer.class).one());
        assertThat(unsentClaims).as("the rest free for any instance at once").isEqualTo(109);
        assertThat(bot.dispatchDuePrompts() + bot.dispatchDuePrompts()).isEqualTo(109);
        assertThat(slow.all().stream().map(sent -> sent.chat().value()).distinct()).hasSize(200);
        assertThat(slow.all()).as("each prompt once").hasSize(200);
        Integer undelivered = jdbi.withHandle(h -> h.createQuery(
                "select count(*) from prompt_delivery where delivered_at is null").mapTo(Integer.class).one());
        assertThat(undelivered).as("the handed-back attempts were withdrawn, not left looking lost").isZero();
    }

    private static int await(CyclicBarrier barrier, java.util.function.IntSupplier work) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.getAsInt();
    }
}
