package com.followupbot.conversation;

import com.followupbot.capture.ContactBook;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOnes;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back what one journaled action changed, inside the caller's transaction, if nothing changed it
 * since; marks the entry undone when it did. Each kind of action says in its own words what was undone.
 */
final class Reversals {

    /** What a reversal did: the reply, and the prompts to show as they now are. */
    record Reversal(boolean done, String text, List<FollowUpStep> reopened, Long meetingGone) {
        static Reversal refused(String text) {
            return new Reversal(false, text, List.of(), null);
        }
    }

    private final UserActions journal;
    private final MeetingEdits meetings;
    private final ContactBook contacts;
    private final FollowUps followUps;
    private final OneToOnes oneToOnes;
    private final UserDirectory users;
    private final StepTexts texts;
    private final Replies replies;
    private final DateWords dates;
    private final ReferralUndo referralUndo;

    Reversals(UserActions journal, MeetingEdits meetings, ContactBook contacts, FollowUps followUps, OneToOnes oneToOnes,
              UserDirectory users, StepTexts texts, ReferralUndo referralUndo, Replies replies) {
        this.referralUndo = referralUndo;
        this.journal = journal;
        this.meetings = meetings;
        this.contacts = contacts;
        this.followUps = followUps;
        this.oneToOnes = oneToOnes;
        this.users = users;
        this.texts = texts;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
    }

    /** Reverses one journaled action inside the caller's transaction, marking it undone when it was. */
    Reversal reverse(User user, UserActions.Logged logged, Instant windowStart) {
        UserAction action = logged.action();
        Reversal reversal;
        if (action instanceof UserAction.Captured c) {
            reversal = captured(user, c, windowStart);
        } else if (action instanceof UserAction.Answered a) {
            reversal = answered(user, a);
        } else if (action instanceof UserAction.BookedDate b) {
            reversal = bookedDate(user, b);
        } else if (action instanceof UserAction.Fixed f) {
            reversal = fixed(user, f);
        } else if (action instanceof UserAction.ReferralRecorded r) {
            reversal = referralUndo.recorded(user, r);
        } else if (action instanceof UserAction.ReferralUpdated r) {
            reversal = referralUndo.updated(user, r);
        } else if (action instanceof UserAction.TradeChanged t) {
            users.setTrade(user, t.before());
            reversal = new Reversal(true, replies.text(user, "undo.settings"), List.of(), null);
        } else if (action instanceof UserAction.LeaderboardChanged l) {
            users.setLeaderboard(user, l.before());
            reversal = new Reversal(true, replies.text(user, "undo.settings"), List.of(), null);
        } else if (action instanceof UserAction.OneToOneBooked b) {
            reversal = oneToOneBooked(user, b);
        } else if (action instanceof UserAction.OneToOneAnswered a) {
            oneToOnes.clearOutcome(user.id(), a.oneToOneId());
            reversal = new Reversal(true, replies.text(user, "undo.oneToOneAnswer", "name", texts.name(user, a.contactId())),
                    List.of(), null);
        } else if (action instanceof UserAction.AskChanged a) {
            users.changeAsk(user.id(), a.before());
            reversal = new Reversal(true, a.before() == null ? replies.text(user, "undo.askNone")
                    : replies.text(user, "undo.ask", "ask", a.before()), List.of(), null);
        } else if (action instanceof UserAction.Imported i) {
            int removed = contacts.removeAll(user.id(), i.created());
            reversal = new Reversal(true, replies.text(user, "undo.imported", "count", removed), List.of(), null);
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

    private Reversal captured(User user, UserAction.Captured c, Instant windowStart) {
        MeetingEdits.CaptureUndo result = meetings.undoCapture(user.id(), c.meetingId(), c.enrichedBefore(), windowStart);
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

    /** The one-to-one goes; a contact made for it goes too, unless the user has logged something with them since. */
    private Reversal oneToOneBooked(User user, UserAction.OneToOneBooked b) {
        String name = texts.name(user, b.contactId());
        if (b.startsAt() != null) {
            oneToOnes.cancel(user.id(), b.oneToOneId());
        }
        boolean contactGone = b.contactCreated() && contacts.meetingsWith(user.id(), b.contactId()).isEmpty()
                && oneToOnes.ofContact(user.id(), b.contactId()).isEmpty()
                && contacts.forget(user.id(), b.contactId()).isPresent();
        String text = b.startsAt() == null ? "" : replies.text(user, "undo.booked", "name", name,
                "when", dates.day(user.speaks(), b.startsAt().atZone(user.zone()).toLocalDate()));
        if (contactGone) {
            text = (text + " " + replies.text(user, "undo.oneToOneContact", "name", name)).strip();
        }
        return text.isEmpty() ? Reversal.refused(replies.text(user, "undo.changedSince")) : new Reversal(true, text, List.of(), null);
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
