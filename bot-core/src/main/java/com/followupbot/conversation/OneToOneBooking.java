package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.capture.TextNormalizer;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.OneToOne;
import com.followupbot.followup.OneToOnes;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A one-to-one typed with a name and no call step to close it: "one-to-one with Marco on Friday at 10",
 * "ho fissato un one-to-one con Marco giovedì alle 15". The name is one of the user's contacts; else a
 * chapter member, who becomes a contact; else the user is asked whether to add them. Several fit: "Which
 * Marco?". No time said: "When is it?". Journaled, so undo takes the one-to-one back (and a contact made for it).
 */
final class OneToOneBooking {

    private static final int MAX_CHOICES = 6;

    private final Transactions transactions;
    private final ContactBook contacts;
    private final UserDirectory users;
    private final OneToOnes oneToOnes;
    private final UserActions journal;
    private final Questions questions;
    private final Buttons buttons;
    private final StepTexts texts;
    private final Replies replies;
    private final Clock clock;

    OneToOneBooking(Transactions transactions, ContactBook contacts, UserDirectory users, OneToOnes oneToOnes,
                    UserActions journal, Questions questions, Buttons buttons, StepTexts texts, Replies replies, Clock clock) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.users = users;
        this.oneToOnes = oneToOnes;
        this.journal = journal;
        this.questions = questions;
        this.buttons = buttons;
        this.texts = texts;
        this.replies = replies;
        this.clock = clock;
    }

    /** A booking that names someone; false when it names nobody (the caller answers as before). */
    boolean byText(User user, ChatId chat, PromptAnswer answer) {
        if (answer.name() == null) {
            return false;
        }
        Instant at = AnswerTimes.bookedAt(user, now(user), answer.when()).map(ZonedDateTime::toInstant).orElse(null);
        String[] words = answer.name().split(" ");
        String typed = capitalised(words);
        List<Contact> known = typed.isEmpty() ? List.of() : contacts.matching(user.id(), typed);
        // "marco said yes" leaves "marco said": the name is the first words of what was left over
        for (int n = words.length; n > 0 && known.isEmpty() && typed.isEmpty(); n--) {
            known = contacts.matching(user.id(), String.join(" ", Arrays.copyOf(words, n)));
        }
        if (known.size() == 1) {
            book(user, chat, known.get(0), null, at);
            return true;
        }
        if (!known.isEmpty()) {
            ask(user, chat, answer.name(), at, known, List.of());
            return true;
        }
        List<User> members = members(user, typed.isEmpty() ? answer.name() : typed);
        if (members.size() == 1) {
            book(user, chat, null, members.get(0).displayName(), at);
        } else {
            ask(user, chat, typed.isEmpty() ? answer.name() : typed, at, List.of(), members);
        }
        return true;
    }

    /** A choice of "Which Marco?" or "Add Marco as a contact", pressed. */
    String chosen(User user, Inbound.Press press, long questionId, String choice) {
        Optional<Questions.Open> open = questions.find(user.id(), questionId);
        if (open.isEmpty() || !(open.get().question() instanceof PendingQuestion.OneToOneWith with)) {
            return "toast.expired";
        }
        questions.close(user.id(), questionId);
        buttons.retireAll(user.id(), ButtonAction.ONE_TO_ONE_WITH);
        Contact contact = choice.startsWith("c")
                ? contacts.find(user.id(), Long.parseLong(choice.substring(1))).orElse(null) : null;
        // a member's name as they wrote it in the chapter, or the name as the user typed it
        String newName = choice.startsWith("m") && with.memberIds().contains(Long.parseLong(choice.substring(1)))
                ? users.byId(Long.parseLong(choice.substring(1))).displayName() : with.name();
        if (choice.startsWith("c") && contact == null) {
            return "toast.expired";
        }
        String chosenName = contact != null ? contact.fullName() : newName;
        replies.edit(press.message(), OutboundMessage.text(replies.text(user, "oneToOne.chosen", "name", chosenName)));
        book(user, press.chat(), contact, contact == null ? newName : null, with.startsAt());
        return "toast.saved";
    }

    /** The time typed after "When is the one-to-one with Marco?". */
    void dateGiven(User user, ChatId chat, long contactId, ZonedDateTime at) {
        questions.close(user.id(), PendingQuestion.AwaitingOneToOneDate.class);
        contacts.find(user.id(), contactId).ifPresent(contact -> book(user, chat, contact, null, at.toInstant()));
    }

    /** Asks when a one-to-one with the contact is (a rebooking, or one typed with no time). */
    void askDate(User user, ChatId chat, Contact contact) {
        askDate(user, chat, contact, "oneToOne.when");
    }

    /** The same, in the words of {@code key} ("Sorry it didn't happen. When could you meet instead?"). */
    void askDate(User user, ChatId chat, Contact contact, String key) {
        questions.close(user.id(), PendingQuestion.AwaitingOneToOneDate.class);
        questions.ask(user.id(), new PendingQuestion.AwaitingOneToOneDate(contact.id()));
        replies.send(chat, replies.text(user, key, "name", contact.fullName(), "first", contact.firstName()), List.of(List.of(
                buttons.make(user.id(), replies.text(user, "button.notFixed"), ButtonAction.ONE_TO_ONE_NOT_FIXED, contact.id()))));
    }

    /**
     * Books the one-to-one with {@code existing}, or with a contact made now named {@code newName}, in one
     * transaction with its journal entry; with no time, the contact is made and the date asked for.
     */
    private void book(User user, ChatId chat, Contact existing, String newName, Instant at) {
        record Booked(Contact contact, OneToOne meeting) {
        }
        boolean created = existing == null;
        Booked booked = transactions.inOne(() -> {
            Contact contact = created ? contacts.add(user.id(), newName, clock.instant()) : existing;
            OneToOne made = at == null ? null : oneToOnes.book(user, contact.id(), null, at);
            if (made != null || created) {
                journal.record(user.id(), new UserAction.OneToOneBooked(made == null ? 0 : made.id(), contact.id(),
                        made == null ? null : made.startsAt(), created));
            }
            return new Booked(contact, made);
        });
        String added = created ? replies.text(user, "oneToOne.contactAdded", "name", booked.contact().fullName()) : null;
        if (booked.meeting() == null) {
            if (added != null) {
                replies.send(chat, OutboundMessage.text(added));
            }
            askDate(user, chat, booked.contact());
            return;
        }
        String saved = texts.bookedSaved(user, booked.meeting());
        replies.send(chat, OutboundMessage.text(added == null ? saved : added + "\n" + saved));
    }

    private void ask(User user, ChatId chat, String name, Instant at, List<Contact> known, List<User> members) {
        long id = questions.askAgain(user.id(), new PendingQuestion.OneToOneWith(name, at,
                known.stream().map(Contact::id).toList(), members.stream().map(User::id).toList(), null));
        List<List<Button>> rows = new ArrayList<>();
        known.stream().limit(MAX_CHOICES).forEach(c -> rows.add(List.of(buttons.make(user.id(), label(c),
                ButtonAction.ONE_TO_ONE_WITH, id, "c" + c.id()))));
        members.stream().limit(MAX_CHOICES).forEach(m -> rows.add(List.of(buttons.make(user.id(),
                replies.text(user, "button.oneToOne.member", "name", m.displayName()), ButtonAction.ONE_TO_ONE_WITH, id,
                "m" + m.id()))));
        String text;
        if (known.isEmpty() && members.isEmpty()) {
            rows.add(List.of(buttons.make(user.id(), replies.text(user, "button.oneToOne.add", "name", name),
                    ButtonAction.ONE_TO_ONE_WITH, id, "new")));
            text = replies.text(user, "oneToOne.unknown", "name", name);
        } else {
            text = replies.text(user, "oneToOne.which", "name", TextNormalizer.firstWord(name.strip()));
        }
        replies.send(chat, new OutboundMessage(text, rows), sent -> questions.update(user.id(), id,
                new PendingQuestion.OneToOneWith(name, at, known.stream().map(Contact::id).toList(),
                        members.stream().map(User::id).toList(), sent)));
    }

    /** Chapter members the name may mean: the whole name, or the first name alone. */
    private List<User> members(User user, String name) {
        String key = TextNormalizer.key(name);
        List<User> all = users.chapterMembers(user).stream()
                .filter(m -> m.id() != user.id() && m.displayName() != null && !m.displayName().isBlank()).toList();
        List<User> exact = all.stream().filter(m -> TextNormalizer.key(m.displayName()).equals(key)).toList();
        if (!exact.isEmpty() || key.contains(" ")) {
            return exact;
        }
        return all.stream().filter(m -> TextNormalizer.firstWord(TextNormalizer.key(m.displayName())).equals(key)).toList();
    }

    private static String label(Contact c) {
        return c.company() == null ? c.fullName() : c.fullName() + " · " + c.company();
    }

    /** The words written with a capital, as typed: the name in "Marco Neri tomorrow". */
    private static String capitalised(String[] words) {
        List<String> names = new ArrayList<>();
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                break;
            }
            names.add(w);
        }
        return String.join(" ", names);
    }

    private ZonedDateTime now(User user) {
        return clock.instant().atZone(user.zone());
    }
}
