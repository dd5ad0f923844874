package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.StepState;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * "undo" reverses the user's last action only (a capture, an answer, a booking, a fix, a forget) and
 * says what it undid. Repeated, it steps back only through actions of the last few minutes; older work
 * is never touched ("nothing recent to undo", with a pointer to "forget NAME").
 */
public final class UndoFlow {

    /** How far back "undo" reaches. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final Transactions transactions;
    private final UserActions journal;
    private final Reversals reversals;
    private final MeetingEdits meetings;
    private final StepTexts texts;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;
    private final Clock clock;

    UndoFlow(Transactions transactions, UserActions journal, Reversals reversals, MeetingEdits meetings, StepTexts texts,
             Questions questions, Buttons buttons, Replies replies, Clock clock) {
        this.transactions = transactions;
        this.journal = journal;
        this.reversals = reversals;
        this.meetings = meetings;
        this.texts = texts;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
        this.clock = clock;
    }

    /** Typed "undo": the newest action of the last few minutes. */
    public void undoLast(User user, ChatId chat) {
        Reversals.Reversal reversal = transactions.inOne(() -> {
            Optional<UserActions.Logged> newest = journal.newest(user.id());
            if (newest.isEmpty() || newest.get().doneAt().isBefore(windowStart())) {
                return Reversals.Reversal.refused(replies.text(user, newest.isEmpty() ? "undo.nothing" : "undo.nothingRecent"));
            }
            return reversals.reverse(user, newest.get(), windowStart());
        });
        after(user, reversal);
        replies.send(chat, OutboundMessage.text(reversal.text()));
    }

    /** The Undo button on a capture's confirmation: that capture, under the same rules. */
    public void undoCapture(User user, Inbound.Press press, long meetingId) {
        Reversals.Reversal reversal = transactions.inOne(() -> {
            Optional<UserActions.Logged> capture = journal.capture(user.id(), meetingId, windowStart());
            if (capture.isEmpty()) {
                return Reversals.Reversal.refused(replies.text(user, meetings.find(user.id(), meetingId).isPresent()
                        ? "undo.captureTooOld" : "undo.nothing"));
            }
            return reversals.reverse(user, capture.get(), windowStart());
        });
        after(user, reversal);
        replies.edit(press.message(), OutboundMessage.text(reversal.text()));
    }

    private Instant windowStart() {
        return clock.instant().minus(WINDOW);
    }

    private void after(User user, Reversals.Reversal reversal) {
        for (FollowUpStep step : reversal.reopened()) {
            MessageRef prompt = step.promptMessage();
            if (prompt != null && step.state() == StepState.PROMPTED) {
                replies.edit(prompt, texts.prompt(user, step));
            }
        }
        if (reversal.meetingGone() != null) {
            long id = reversal.meetingGone();
            questions.close(user.id(), PendingQuestion.ReviewCapture.class, PendingQuestion.AwaitingFix.class,
                    PendingQuestion.ChooseFixPerson.class);
            buttons.retire(user.id(), id, ButtonAction.CAPTURE_OK, ButtonAction.CAPTURE_FIX, ButtonAction.CAPTURE_UNDO,
                    ButtonAction.OVERDUE_SHOW, ButtonAction.OVERDUE_DONE, ButtonAction.OVERDUE_SKIP);
        }
    }
}
