package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.Correction;
import com.followupbot.capture.Meeting;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.capture.MessageReader;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies a correction to the user's latest meeting (or the one they pressed Fix on) and re-confirms.
 * With several people in the meeting a correction of a person says whom ("fix Tom surname Baker"), or
 * the bot asks which one with a button each; it never silently changes the first.
 */
public final class CorrectionFlow {

    private final Transactions transactions;
    private final MeetingEdits meetings;
    private final ContactBook contacts;
    private final MessageReader reader;
    private final UserActions journal;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;
    private final CaptureFlow captures;
    private final Clock clock;

    CorrectionFlow(Transactions transactions, MeetingEdits meetings, ContactBook contacts, MessageReader reader,
                   UserActions journal, Questions questions, Buttons buttons, Replies replies, CaptureFlow captures,
                   Clock clock) {
        this.transactions = transactions;
        this.meetings = meetings;
        this.contacts = contacts;
        this.reader = reader;
        this.journal = journal;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
        this.captures = captures;
        this.clock = clock;
    }

    /** Fix pressed: "What should I change?", first "Which person?" when the meeting has several. */
    public void askWhatToFix(User user, ChatId chat, long meetingId) {
        List<Contact> people = meetings.contacts(user.id(), meetingId);
        if (people.size() > 1) {
            askWhichPerson(user, chat, meetingId, null, people);
            return;
        }
        questions.askAgain(user.id(), new PendingQuestion.AwaitingFix(meetingId, null));
        replies.say(user, chat, "fix.ask");
    }

    /** "fix" on its own: what to change in the latest meeting. */
    public void askWhatToFixLatest(User user, ChatId chat) {
        meetings.latest(user.id()).ifPresentOrElse(m -> askWhatToFix(user, chat, m.id()),
                () -> replies.say(user, chat, "fix.nothing"));
    }

    /** A person picked for the fix: apply the correction waiting for one, or ask what to change. */
    public void personChosen(User user, ChatId chat, long meetingId, long contactId) {
        Optional<PendingQuestion.ChooseFixPerson> waiting = questions.newest(user.id(), PendingQuestion.ChooseFixPerson.class)
                .filter(q -> q.meetingId() == meetingId);
        questions.close(user.id(), PendingQuestion.ChooseFixPerson.class);
        if (waiting.isPresent() && waiting.get().pending() != null) {
            apply(user, chat, waiting.get().pending(), meetingId, contactId);
            return;
        }
        questions.askAgain(user.id(), new PendingQuestion.AwaitingFix(meetingId, contactId));
        String name = contacts.find(user.id(), contactId).map(Contact::fullName).orElse("");
        replies.say(user, chat, "fix.askPerson", "name", name);
    }

    /** A person named by a typed answer to "Which person?"; false when the text names none of them. */
    public boolean personTyped(User user, ChatId chat, PendingQuestion.ChooseFixPerson question, String text) {
        List<Contact> named = StepTargets.mentioned(text, meetings.contacts(user.id(), question.meetingId()));
        if (named.size() != 1) {
            return false;
        }
        personChosen(user, chat, question.meetingId(), named.get(0).id());
        return true;
    }

    /**
     * Applies the correction to {@code meetingId} (the latest meeting when null), to the person
     * {@code contactId} or the one the correction names.
     */
    public void apply(User user, ChatId chat, Correction correction, Long meetingId, Long contactId) {
        Optional<Meeting> meeting = meetingId != null ? meetings.find(user.id(), meetingId) : meetings.latest(user.id());
        if (meeting.isEmpty()) {
            replies.say(user, chat, "fix.nothing");
            return;
        }
        Meeting m = meeting.get();
        Contact person = null;
        if (correction.field().ofPerson()) {
            List<Contact> people = meetings.contacts(user.id(), m.id());
            Optional<Contact> chosen = person(people, correction, contactId);
            if (chosen.isEmpty()) {
                if (correction.person() != null && people.size() > 0) {
                    replies.say(user, chat, "fix.noSuchPerson", "name", correction.person(), "people", names(people));
                } else {
                    askWhichPerson(user, chat, m.id(), correction, people);
                }
                return;
            }
            person = chosen.get();
        }
        if (!applied(user, m, person, correction)) {
            replies.say(user, chat, "fix.notUnderstood", "value", correction.value());
            return;
        }
        questions.close(user.id(), PendingQuestion.AwaitingFix.class, PendingQuestion.ChooseFixPerson.class);
        captures.confirmAgain(user, chat, m.id());
    }

    private Optional<Contact> person(List<Contact> people, Correction correction, Long contactId) {
        if (contactId != null) {
            return people.stream().filter(c -> c.id() == contactId).findFirst();
        }
        if (correction.person() != null) {
            String who = correction.person().replaceAll("(?i)'s$|’s$", "");
            List<Contact> named = StepTargets.mentioned(who, people);
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    private boolean applied(User user, Meeting m, Contact person, Correction correction) {
        LocalDate day = correction.field() == Correction.Field.DATE
                ? reader.dateOf(correction.value(), user.speaks(), clock.instant().atZone(user.zone())) : null;
        if (correction.field() == Correction.Field.DATE && day == null) {
            return false;
        }
        transactions.inOne(() -> {
            switch (correction.field()) {
                case EVENT -> meetings.changeEvent(m, correction.value());
                case NOTE -> meetings.changeNote(m, correction.value());
                case DATE -> meetings.changeDate(user, m, day, null);
                default -> contacts.save(corrected(person, correction));
            }
            journal.record(user.id(), new UserAction.Fixed(m, person, correction.field()));
        });
        return true;
    }

    private void askWhichPerson(User user, ChatId chat, long meetingId, Correction pending, List<Contact> people) {
        questions.askAgain(user.id(), new PendingQuestion.ChooseFixPerson(meetingId, pending));
        List<List<Button>> rows = new ArrayList<>();
        for (Contact c : people) {
            rows.add(List.of(buttons.make(user.id(), c.fullName(), ButtonAction.FIX_PERSON, c.id(), Long.toString(meetingId))));
        }
        replies.send(chat, replies.text(user, "fix.whichPerson"), rows);
    }

    private static String names(List<Contact> people) {
        return String.join(", ", people.stream().map(Contact::fullName).toList());
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
            case EMAIL -> with(c, c.fullName(), c.company(), c.role(), v.toLowerCase(Locale.ROOT), c.phone(), c.linkedin());
            case PHONE -> with(c, c.fullName(), c.company(), c.role(), c.email(), v, c.linkedin());
            case LINKEDIN -> with(c, c.fullName(), c.company(), c.role(), c.email(), c.phone(), v);
            default -> c;
        };
    }

    private static Contact with(Contact c, String name, String company, String role, String email, String phone,
                                String linkedin) {
        return new Contact(c.userId(), c.id(), name, company, role, email, phone, linkedin, c.notes(), c.createdAt());
    }
}
