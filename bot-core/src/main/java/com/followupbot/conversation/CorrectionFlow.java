package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.Correction;
import com.followupbot.capture.Meeting;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.capture.MessageReader;
import com.followupbot.chat.ChatId;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Applies a correction to the user's latest meeting (or the one they pressed Fix on) and re-confirms. */
public final class CorrectionFlow {

    private final MeetingEdits meetings;
    private final ContactBook contacts;
    private final MessageReader reader;
    private final Questions questions;
    private final Replies replies;
    private final CaptureReplies confirmations;
    private final Clock clock;

    public CorrectionFlow(MeetingEdits meetings, ContactBook contacts, MessageReader reader, Questions questions,
                          Replies replies, CaptureReplies confirmations, Clock clock) {
        this.meetings = meetings;
        this.contacts = contacts;
        this.reader = reader;
        this.questions = questions;
        this.replies = replies;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    public void askWhatToFix(User user, ChatId chat, long meetingId) {
        questions.ask(user.id(), new PendingQuestion.AwaitingFix(meetingId));
        replies.say(user, chat, "fix.ask");
    }

    /** Applies the correction to {@code meetingId}, or to the latest meeting when null. */
    public void apply(User user, ChatId chat, Correction correction, Long meetingId) {
        Optional<Meeting> meeting = meetingId != null ? meetings.find(user.id(), meetingId) : meetings.latest(user.id());
        if (meeting.isEmpty()) {
            replies.say(user, chat, "fix.nothing");
            return;
        }
        Meeting m = meeting.get();
        List<Contact> people = meetings.contacts(user.id(), m.id());
        boolean applied = switch (correction.field()) {
            case EVENT -> run(() -> meetings.changeEvent(m, correction.value()));
            case NOTE -> run(() -> meetings.changeNote(m, correction.value()));
            case DATE -> changeDate(user, m, correction.value());
            default -> !people.isEmpty() && run(() -> contacts.save(corrected(people.get(0), correction)));
        };
        if (!applied) {
            replies.say(user, chat, "fix.notUnderstood", "value", correction.value());
            return;
        }
        questions.clear(user.id());
        replies.send(chat, confirmations.confirmation(user, m.id(), true));
    }

    private boolean changeDate(User user, Meeting m, String value) {
        LocalDate day = reader.dateOf(value, user.speaks(), clock.instant().atZone(user.zone()));
        if (day == null) {
            return false;
        }
        meetings.changeDate(user, m, day, null);
        return true;
    }

    private static Contact corrected(Contact c, Correction fix) {
        String v = fix.value();
        String[] names = c.fullName().split("\\s+", 2);
        return switch (fix.field()) {
            case SURNAME -> with(c, names[0] + " " + v, c.company(), c.role(), c.email(), c.phone(), c.linkedin());
            case FIRST_NAME -> with(c, names.length > 1 ? v + " " + names[1] : v, c.company(), c.role(), c.email(), c.phone(), c.linkedin());
            case NAME -> with(c, v, c.company(), c.role(), c.email(), c.phone(), c.linkedin());
            case COMPANY -> with(c, c.fullName(), v, c.role(), c.email(), c.phone(), c.linkedin());
            case ROLE -> with(c, c.fullName(), c.company(), v, c.email(), c.phone(), c.linkedin());
            case EMAIL -> with(c, c.fullName(), c.company(), c.role(), v.toLowerCase(java.util.Locale.ROOT), c.phone(), c.linkedin());
            case PHONE -> with(c, c.fullName(), c.company(), c.role(), c.email(), v, c.linkedin());
            case LINKEDIN -> with(c, c.fullName(), c.company(), c.role(), c.email(), c.phone(), v);
            default -> c;
        };
    }

    private static Contact with(Contact c, String name, String company, String role, String email, String phone,
                                String linkedin) {
        return new Contact(c.userId(), c.id(), name, company, role, email, phone, linkedin, c.notes(), c.createdAt());
    }

    private static boolean run(Runnable change) {
        change.run();
        return true;
    }
}
