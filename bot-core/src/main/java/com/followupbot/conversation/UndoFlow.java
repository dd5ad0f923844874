package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOnes;
import com.followupbot.followup.StepState;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "undo" reverses the user's last action only (a capture, an answer, a booking, a fix, a forget) and
 * says what it undid. Repeated, it steps back only through actions of the last few minutes; older work
 * is never touched ("nothing recent to undo", with a pointer to "forget NAME").
 */
public final class UndoFlow {

    /** How far back "undo" reaches. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    /** What a reversal did: the reply, and the prompts to show as they now are. */
    private record Reversal(boolean done, String text, List<FollowUpStep> reopened, Long meetingGone) {
        static Reversal refused(String text) {
            return new Reversal(false, text, List.of(), null);
        }
    }

    private final Transactions transactions;
    private final UserActions journal;
    private final MeetingEdits meetings;
    private final ContactBook contacts;
    private final FollowUps followUps;
    private final OneToOnes oneToOnes;
    private final UserDirectory users;
    private final StepTexts texts;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;
    private final DateWords dates;
    private final Clock clock;

    UndoFlow(Transactions transactions, UserActions journal, MeetingEdits meetings, ContactBook contacts,
             FollowUps followUps, OneToOnes oneToOnes, UserDirectory users, StepTexts texts, Questions questions,
             Buttons buttons, Replies replies, Clock clock) {
        this.transactions = transactions;
        this.journal = journal;
        this.meetings = meetings;
        this.contacts = contacts;
        this.followUps = followUps;
        this.oneToOnes = oneToOnes;
        this.users = users;
        this.texts = texts;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
        this.clock = clock;
    }

    /** Typed "undo": the newest action of the last few minutes. */
    public void undoLast(User user, ChatId chat) {
        Reversal reversal = transactions.inOne(() -> {
            Optional<UserActions.Logged> newest = journal.newest(user.id());
            if (newest.isEmpty() || newest.get().doneAt().isBefore(windowStart())) {
                return Reversal.refused(replies.text(user, newest.isEmpty() ? "undo.nothing" : "undo.nothingRecent"));
            }
            return reverse(user, newest.get());
        });
        after(user, reversal);
        replies.send(chat, OutboundMessage.text(reversal.text()));
    }

    /** The Undo button on a capture's confirmation: that capture, under the same rules. */
    public void undoCapture(User user, Inbound.Press press, long meetingId) {
        Reversal reversal = transactions.inOne(() -> {
            Optional<UserActions.Logged> capture = journal.capture(user.id(), meetingId, windowStart());
            if (capture.isEmpty()) {
                return Reversal.refused(replies.text(user, meetings.find(user.id(), meetingId).isPresent()
                        ? "undo.captureTooOld" : "undo.nothing"));
            }
            return reverse(user, capture.get());
        });
        after(user, reversal);
        replies.edit(press.message(), OutboundMessage.text(reversal.text()));
    }

    private Instant windowStart() {
        return clock.instant().minus(WINDOW);
    }

    /** Reverses one journaled action inside the caller's transaction, marking it undone when it was. */
    private Reversal reverse(User user, UserActions.Logged logged) {
        UserAction action = logged.action();
        Reversal reversal;
        if (action instanceof UserAction.Captured c) {
            reversal = captured(user, c);
        } else if (action instanceof UserAction.Answered a) {
            reversal = answered(user, a);
        } else if (action instanceof UserAction.BookedDate b) {
            reversal = bookedDate(user, b);
        } else if (action instanceof UserAction.Fixed f) {
            reversal = fixed(user, f);
        } else if (action instanceof UserAction.SettingsChanged s) {
            User back = users.restoreSettings(s.before());
            reversal = new Reversal(true, replies.text(back, "undo.settings"), List.of(), null);
        } else {
            reversal = forgot(user, (UserAction.Forgot) action);
        }
        if (reversal.done()) {
            journal.markUndone(user.id(), logged.id());
        }
        return reversal;
    }

    private void after(User user, Reversal reversal) {
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

    private Reversal captured(User user, UserAction.Captured c) {
        MeetingEdits.CaptureUndo result = meetings.undoCapture(user.id(), c.meetingId(), c.enrichedBefore(), windowStart());
        if (result instanceof MeetingEdits.CaptureUndo.Refused refused) {
            return Reversal.refused(replies.text(user, "undo.captureRefused", "name", refused.name()));
        }
        MeetingEdits.CaptureUndo.Removed removed = (MeetingEdits.CaptureUndo.Removed) result;
        if (removed.removed().isEmpty() && removed.kept().isEmpty()) {
            return new Reversal(true, replies.text(user, "undo.nothing"), List.of(), c.meetingId());
        }
        String text = removed.removed().isEmpty()
                ? replies.text(user, "undo.meeting", "names", String.join(", ", removed.kept()))
                : replies.text(user, "undo.done", "names", String.join(", ", removed.removed()))
                + (removed.kept().isEmpty() ? "" : " " + replies.text(user, "undo.kept", "names", String.join(", ", removed.kept())));
        return new Reversal(true, text, List.of(), c.meetingId());
    }

    private Reversal answered(User user, UserAction.Answered a) {
        List<FollowUpStep> reopened = new ArrayList<>();
        for (UserAction.StepChange change : a.changes()) {
            if (followUps.restore(change.before(), change.after())) {
                followUps.find(user.id(), change.before().id()).ifPresent(reopened::add);
            }
        }
        if (reopened.isEmpty()) {
            return Reversal.refused(replies.text(user, "undo.changedSince"));
        }
        String what = String.join(replies.text(user, "list.and"), reopened.stream().map(s -> texts.inSentence(user, s)).toList());
        return new Reversal(true, replies.text(user, "undo.answered." + a.kind(), "step", what), reopened, null);
    }

    private Reversal bookedDate(User user, UserAction.BookedDate b) {
        oneToOnes.cancel(user.id(), b.oneToOneId());
        List<FollowUpStep> reopened = new ArrayList<>();
        if (b.change() != null && followUps.restore(b.change().before(), b.change().after())) {
            followUps.find(user.id(), b.change().before().id()).ifPresent(reopened::add);
        }
        String text = replies.text(user, "undo.booked", "name", texts.name(user, b.contactId()),
                "when", dates.day(user.speaks(), b.startsAt().atZone(user.zone()).toLocalDate()))
                + (reopened.isEmpty() ? "" : " " + replies.text(user, "undo.callOpen"));
        return new Reversal(true, text, reopened, null);
    }

    private Reversal fixed(User user, UserAction.Fixed f) {
        if (meetings.find(user.id(), f.before().id()).isEmpty()) {
            return Reversal.refused(replies.text(user, "undo.changedSince"));
        }
        meetings.restore(user, f.before());
        if (f.contactBefore() != null) {
            contacts.save(f.contactBefore());
        }
        return new Reversal(true, replies.text(user, "undo.fixed", "field", replies.text(user, "field.name." + f.field())),
                List.of(), null);
    }

    private Reversal forgot(User user, UserAction.Forgot f) {
        if (!contacts.restore(f.gone())) {
            return Reversal.refused(replies.text(user, "undo.changedSince"));
        }
        return new Reversal(true, replies.text(user, "undo.forgot", "name", f.gone().contact().fullName()), List.of(), null);
    }
}
