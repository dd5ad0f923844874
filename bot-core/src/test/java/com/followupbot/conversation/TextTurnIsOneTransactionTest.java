package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.Inbound;
import com.followupbot.chat.InboundEvent;
import com.followupbot.i18n.Texts;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.InjectedFailure;
import com.followupbot.testing.RowCounts;
import com.followupbot.user.Language;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A typed message changes the database in one transaction, what it says leaving only after the commit:
 * when the database goes away half-way through (the server ends the session on the Nth insert), nothing of
 * the message is stored or shown, the user hears that it is kept, and its replay stores it exactly once,
 * as the same message does when nothing fails. A bug half-way is rolled back whole too, but for the text.
 */
class TextTurnIsOneTransactionTest {

    private static final String CAPTURE = "met Anna Rossi from Acme at the expo — needs a new website";

    private final ChatHarness chat = ChatHarness.thursdayEvening();
    private final ChatHarness control = ChatHarness.thursdayEvening();

    /** Enrolment is the sender's, not the turn's (kept even when a turn rolls back): done before. */
    @BeforeEach
    void enrol() {
        chat.say("paola", "help").skipAll();
        control.say("paola", "help").skipAll();
    }

    @AfterEach
    void close() {
        chat.close();
        control.close();
    }

    @Test
    void aCaptureCutShortByAnOutageIsStoredOnceWhenReplayed() {
        Map<String, Integer> before = RowCounts.of(chat.jdbi());
        InjectedFailure failure = InjectedFailure.onInsert(chat.jdbi(), "follow_up_step", 2, InjectedFailure.Kind.SESSION_ENDS);

        chat.say("paola", CAPTURE);

        assertThat(failure.fired(2)).as("the session ended on the second follow-up").isTrue();
        assertThat(chat.nextText()).isEqualTo(english("error.databaseAway"));
        chat.assertNoMoreReplies();
        assertThat(RowCounts.of(chat.jdbi())).as("nothing of the capture stayed").isEqualTo(before);
        assertThat(chat.bot().heldMessages()).isEqualTo(1);

        failure.remove();
        assertThat(chat.bot().replayHeld()).isEqualTo(1);
        assertThat(chat.nextText()).startsWith("Got it: Anna Rossi");
        chat.assertNoMoreReplies();
        assertThat(RowCounts.delta(before, RowCounts.of(chat.jdbi()))).as("one contact, meeting and plan")
                .isEqualTo(asWhenNothingFails(c -> { }, c -> c.say("paola", CAPTURE)))
                .containsEntry("contact", 1).containsEntry("meeting", 1);
    }

    @Test
    void aTypedAnswerCutShortByAnOutageIsStoredOnceWhenReplayed() {
        firstPrompt(chat);
        Map<String, Integer> before = RowCounts.of(chat.jdbi());
        InjectedFailure failure = InjectedFailure.onInsert(chat.jdbi(), "user_action", 1, InjectedFailure.Kind.SESSION_ENDS);

        chat.say("paola", "done");

        assertThat(failure.fired(1)).isTrue();
        assertThat(chat.nextText()).isEqualTo(english("error.databaseAway"));
        chat.assertNoMoreReplies();
        assertThat(chat.port().pollEdit()).as("the prompt is not edited").isNull();
        assertThat(RowCounts.of(chat.jdbi())).isEqualTo(before);
        assertThat(doneSteps(chat)).isZero();

        failure.remove();
        assertThat(chat.bot().replayHeld()).isEqualTo(1);
        assertThat(chat.nextText()).startsWith("✅ Note to Anna Rossi — done");
        chat.assertNoMoreReplies();
        assertThat(doneSteps(chat)).isEqualTo(1);
        assertThat(RowCounts.delta(before, RowCounts.of(chat.jdbi())))
                .isEqualTo(asWhenNothingFails(TextTurnIsOneTransactionTest::firstPrompt, c -> c.say("paola", "done")));
    }

    /** The platform's event is marked done in the turn: cut short on that mark, the turn is undone with it. */
    @Test
    void theLedgersMarkCommitsWithTheTurn() {
        InboundEvent event = InboundEvent.of("test:turn", "ev-1");
        Inbound capture = new Inbound.Text(ChatHarness.user("paola"), ChatHarness.chatOf("paola"), CAPTURE);
        Map<String, Integer> before = RowCounts.of(chat.jdbi());
        InjectedFailure failure = InjectedFailure.onUpdate(chat.jdbi(), "inbound_event", 1, InjectedFailure.Kind.SESSION_ENDS);

        assertThat(chat.bot().handle(event, capture)).isTrue();

        assertThat(failure.fired(1)).as("the session ended on marking the event done").isTrue();
        assertThat(chat.nextText()).isEqualTo(english("error.databaseAway"));
        chat.assertNoMoreReplies();
        assertThat(RowCounts.of(chat.jdbi())).isEqualTo(before);

        failure.remove();
        assertThat(chat.bot().replayHeld()).isEqualTo(1);
        assertThat(chat.nextText()).startsWith("Got it: Anna Rossi");
        assertThat(chat.bot().handle(event, capture)).as("delivered again: handled already").isFalse();
        chat.assertNoMoreReplies();
        assertThat(RowCounts.delta(before, RowCounts.of(chat.jdbi())))
                .isEqualTo(asWhenNothingFails(c -> { }, c -> c.say("paola", CAPTURE)));
    }

    /** Files (an export, a chart, slips) leave with the other replies, after the commit: a replay sends them once. */
    @Test
    void anExportCutShortOnTheLedgersMarkSendsItsFilesOnlyWhenReplayed() {
        chat.say("paola", CAPTURE).skipAll();
        InboundEvent event = InboundEvent.of("test:turn", "ev-export");
        Inbound export = new Inbound.Text(ChatHarness.user("paola"), ChatHarness.chatOf("paola"), "export");
        InjectedFailure failure = InjectedFailure.onUpdate(chat.jdbi(), "inbound_event", 1, InjectedFailure.Kind.SESSION_ENDS);

        chat.bot().handle(event, export);

        assertThat(failure.fired(1)).isTrue();
        assertThat(chat.nextText()).isEqualTo(english("error.databaseAway"));
        assertThat(chat.port().files()).as("no file before the turn is stored").isEmpty();

        failure.remove();
        assertThat(chat.bot().replayHeld()).isEqualTo(1);
        assertThat(chat.port().files()).extracting(f -> f.fileName())
                .containsExactly("followup-bot-2026-03-12.csv", "contacts-2026-03-12.vcf");
        assertThat(chat.nextText()).startsWith("📦");
        chat.assertNoMoreReplies();
    }

    /**
     * The database going away after the commit (recording which message asks for the review is the
     * confirmation's, after it is sent) costs that record only: the turn is stored, so it is not kept for a replay.
     */
    @Test
    void anOutageAfterTheCommitDoesNotHaveTheTurnReplayed() {
        InjectedFailure failure = InjectedFailure.onInsert(chat.jdbi(), "pending_question", 1, InjectedFailure.Kind.SESSION_ENDS);

        chat.say("paola", CAPTURE);

        assertThat(failure.fired(1)).isTrue();
        assertThat(chat.nextText()).startsWith("Got it: Anna Rossi");
        chat.assertNoMoreReplies();
        assertThat(chat.bot().heldMessages()).isZero();
        failure.remove();
        assertThat(chat.bot().replayHeld()).isZero();
        assertThat(RowCounts.of(chat.jdbi())).containsEntry("contact", 1).containsEntry("meeting", 1)
                .containsEntry("inbound_message", 2);
    }

    @Test
    void aCaptureFailingOnABugKeepsOnlyTheTextAndApologises() {
        Map<String, Integer> before = RowCounts.of(chat.jdbi());
        InjectedFailure failure = InjectedFailure.onInsert(chat.jdbi(), "follow_up_step", 2, InjectedFailure.Kind.ERROR);

        chat.say("paola", CAPTURE);

        assertThat(failure.fired(2)).isTrue();
        assertThat(chat.nextText()).isEqualTo(english("error.sorry"));
        chat.assertNoMoreReplies();
        assertThat(RowCounts.delta(before, RowCounts.of(chat.jdbi()))).as("what was typed is kept, nothing else")
                .isEqualTo(Map.of("inbound_message", 1));
        assertThat(chat.bot().heldMessages()).isZero();
    }

    /** What {@code turn} changes, after {@code setUp}, in a database of its own where nothing fails. */
    private Map<String, Integer> asWhenNothingFails(Consumer<ChatHarness> setUp, Consumer<ChatHarness> turn) {
        setUp.accept(control);
        Map<String, Integer> before = RowCounts.of(control.jdbi());
        turn.accept(control);
        return RowCounts.delta(before, RowCounts.of(control.jdbi()));
    }

    private static void firstPrompt(ChatHarness harness) {
        harness.say("paola", "met Anna Rossi at the expo");
        harness.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        harness.skipAll();
    }

    private static int doneSteps(ChatHarness harness) {
        return harness.jdbi().withHandle(h -> h.createQuery("select count(*) from follow_up_step where state = 'DONE'")
                .mapTo(Integer.class).one());
    }

    private static String english(String key) {
        return new Texts().get(Language.EN, key);
    }
}
