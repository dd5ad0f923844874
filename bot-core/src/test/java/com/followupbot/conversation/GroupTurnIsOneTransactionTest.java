package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.InboundEvent;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.InjectedFailure;
import com.followupbot.testing.RecordingChatPort.Sent;
import com.followupbot.testing.RowCounts;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A meeting logged in a chapter group changes the database in one transaction with the group's records and the
 * platform event's mark: cut short anywhere, nothing of it is stored, and the platform's redelivery (or the
 * replay of the kept message) logs it exactly once.
 */
class GroupTurnIsOneTransactionTest {

    private static final ChatId GROUP = ChatId.group("chapter-1");
    private static final InboundEvent EVENT = InboundEvent.of("test:group", "ev-1");
    private static final Inbound CAPTURE = new Inbound.Command(ChatHarness.user("paola"), GROUP, "met",
            "Anna Rossi from Acme at the expo");

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @BeforeEach
    void enrolInPrivate() {
        chat.say("paola", "help").skipAll();
    }

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    void aGroupCaptureCutShortOnTheEventsMarkIsLoggedOnceWhenDeliveredAgain() {
        Map<String, Integer> before = RowCounts.of(chat.jdbi());
        InjectedFailure failure = InjectedFailure.onUpdate(chat.jdbi(), "inbound_event", 1, InjectedFailure.Kind.SESSION_ENDS);

        chat.bot().handle(EVENT, CAPTURE);

        assertThat(failure.fired(1)).as("the session ended on marking the event done").isTrue();
        assertThat(RowCounts.of(chat.jdbi())).as("nothing of the turn stayed").isEqualTo(before);
        chat.skipAll();
        failure.remove();
        chat.bot().replayHeld();
        chat.bot().handle(EVENT, CAPTURE); // the platform delivers it again, too
        assertThat(RowCounts.delta(before, RowCounts.of(chat.jdbi()))).containsEntry("meeting", 1).containsEntry("contact", 1);
    }

    /** The private part is undone alone: the group's turn stores the chapter and the deferred command, not the meeting. */
    @Test
    void aUserWhoBlockedTheBotGetsTheGroupsOfferAndTheMeetingIsLoggedOnlyOnceTheyOpenThePrivateChat() {
        chat.port().refuseSendsTo(ChatHarness.chatOf("paola"),
                new DeliveryException(DeliveryException.Reason.BLOCKED_BY_USER, "Forbidden: bot was blocked by the user"));

        chat.bot().handle(EVENT, CAPTURE);

        Sent offer = chat.nextReply();
        assertThat(offer.chat()).isEqualTo(GROUP);
        assertThat(offer.message().buttons().get(0).opensPrivateChat()).isTrue();
        chat.assertNoMoreReplies();
        assertThat(RowCounts.of(chat.jdbi())).containsEntry("meeting", 0).containsEntry("contact", 0)
                .containsEntry("follow_up_step", 0).containsEntry("deferred_command", 1).containsEntry("user_chapter", 1);

        chat.port().refuseSendsTo(ChatHarness.chatOf("paola"), null);
        chat.bot().handle(new Inbound.Command(ChatHarness.user("paola"), ChatHarness.chatOf("paola"), "start",
                offer.message().buttons().get(0).privateChatPayload()));
        assertThat(chat.nextText()).contains("Anna Rossi", "Acme");
        assertThat(RowCounts.of(chat.jdbi())).containsEntry("meeting", 1).containsEntry("contact", 1);
    }
}
