package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.Meeting;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.chat.ChatId;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.user.User;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** help, today, upcoming, contacts, who is NAME, forget NAME, undo. */
public final class CommandFlow {

    private static final int LIST_LIMIT = 20;

    private final ContactBook contacts;
    private final MeetingEdits meetings;
    private final FollowUps followUps;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;
    private final StepListing listing;
    private final DateWords dates;

    public CommandFlow(ContactBook contacts, MeetingEdits meetings, FollowUps followUps, Questions questions,
                       Buttons buttons, Replies replies, Clock clock) {
        this.contacts = contacts;
        this.meetings = meetings;
        this.followUps = followUps;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
        this.listing = new StepListing(contacts, replies, clock);
        this.dates = new DateWords(replies.texts());
    }

    public void help(User user, ChatId chat) {
        replies.say(user, chat, "help");
    }

    public void today(User user, ChatId chat) {
        List<FollowUpStep> due = followUps.dueToday(user);
        if (due.isEmpty()) {
            List<FollowUpStep> next = followUps.upcoming(user, 1);
            replies.say(user, chat, next.isEmpty() ? "today.none" : "today.noneNext", "next", listing.lines(user, next));
        } else {
            replies.say(user, chat, "today.list", "steps", listing.lines(user, due));
        }
    }

    public void upcoming(User user, ChatId chat) {
        List<FollowUpStep> next = followUps.upcoming(user, LIST_LIMIT);
        replies.say(user, chat, next.isEmpty() ? "upcoming.none" : "upcoming.list", "steps", listing.lines(user, next));
    }

    public void contacts(User user, ChatId chat) {
        List<Contact> all = contacts.all(user.id(), LIST_LIMIT + 1);
        if (all.isEmpty()) {
            replies.say(user, chat, "contacts.none");
            return;
        }
        String lines = all.stream().limit(LIST_LIMIT).map(c -> "• " + card(c)).collect(Collectors.joining("\n"));
        replies.say(user, chat, all.size() > LIST_LIMIT ? "contacts.more" : "contacts.list", "lines", lines);
    }

    public void who(User user, ChatId chat, String name) {
        if (name.isBlank()) {
            contacts(user, chat);
            return;
        }
        List<Contact> found = contacts.matching(user.id(), name);
        if (found.isEmpty()) {
            replies.say(user, chat, "who.unknown", "name", name);
            return;
        }
        for (Contact contact : found.stream().limit(3).toList()) {
            replies.say(user, chat, "who.card", "card", card(contact), "meetings", meetingLines(user, contact),
                    "plan", planLine(user, contact));
        }
    }

    public void forget(User user, ChatId chat, String name) {
        List<Contact> found = name.isBlank() ? List.of() : contacts.matching(user.id(), name);
        if (found.isEmpty()) {
            replies.say(user, chat, "who.unknown", "name", name);
            return;
        }
        Contact contact = found.get(0);
        questions.ask(user.id(), new PendingQuestion.ConfirmForget(contact.id()));
        replies.send(chat, replies.text(user, "forget.confirm", "name", contact.fullName()), List.of(List.of(
                buttons.make(user.id(), replies.text(user, "button.forgetYes", "name", contact.fullName()),
                        ButtonAction.FORGET_YES, contact.id()),
                buttons.make(user.id(), replies.text(user, "button.forgetNo"), ButtonAction.FORGET_NO, contact.id()))));
    }

    /** Forgets after the user confirmed; returns the reply key. */
    public String confirmForget(User user, long contactId) {
        questions.clear(user.id());
        String name = contacts.find(user.id(), contactId).map(Contact::fullName).orElse(null);
        if (name == null || !contacts.forget(user.id(), contactId)) {
            return replies.text(user, "forget.gone");
        }
        return replies.text(user, "forget.done", "name", name);
    }

    public void undo(User user, ChatId chat) {
        Meeting latest = meetings.latest(user.id()).orElse(null);
        if (latest == null) {
            replies.say(user, chat, "undo.nothing");
            return;
        }
        replies.send(chat, undoText(user, latest.id()), List.of());
    }

    /** Undoes a meeting and says what went. */
    public String undoText(User user, long meetingId) {
        List<String> names = meetings.undo(user.id(), meetingId);
        questions.clear(user.id());
        return names.isEmpty() ? replies.text(user, "undo.nothing")
                : replies.text(user, "undo.done", "names", String.join(", ", names));
    }

    private static String card(Contact c) {
        return Stream.of(c.fullName(), c.role(), c.company(), c.email(), c.phone(), c.linkedin())
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    private String meetingLines(User user, Contact contact) {
        return contacts.meetingsWith(user.id(), contact.id()).stream()
                .map(m -> "• " + dates.day(user.speaks(), m.metOn())
                        + (m.event() == null ? "" : " — " + m.event())
                        + (m.note() == null ? "" : " — “" + m.note() + "”"))
                .collect(Collectors.joining("\n"));
    }

    private String planLine(User user, Contact contact) {
        return followUps.ofContact(user.id(), contact.id()).stream()
                .map(s -> replies.text(user, "state.icon." + s.state()) + " " + replies.text(user, "step.name." + s.kind())
                        + (s.state().isOpen() ? " " + dates.day(user.speaks(), s.dueAt().atZone(user.zone()).toLocalDate()) : ""))
                .collect(Collectors.joining(" · "));
    }
}
