package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.ForgottenContact;
import com.followupbot.capture.TextNormalizer;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "forget Anna": asks to confirm, and first which one when the name fits several contacts; the forget
 * is journaled with everything that went, so "undo" can bring the contact back for a few minutes.
 */
final class ForgetFlow {

    private final Transactions transactions;
    private final ContactBook contacts;
    private final UserActions journal;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;

    ForgetFlow(Transactions transactions, ContactBook contacts, UserActions journal, Questions questions, Buttons buttons,
               Replies replies) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.journal = journal;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
    }

    /** "forget Anna": asks to confirm; when the name fits several contacts, asks which one first. */
    void forget(User user, ChatId chat, String name) {
        List<Contact> found = forgetCandidates(user, name);
        if (found.isEmpty()) {
            replies.say(user, chat, "who.unknown", "name", name);
            return;
        }
        if (found.size() > 1) {
            questions.askAgain(user.id(), new PendingQuestion.ChooseForget(found.stream().map(Contact::id).toList()));
            List<List<Button>> rows = new ArrayList<>();
            for (Contact c : found.stream().limit(6).toList()) {
                rows.add(List.of(buttons.make(user.id(), CommandFlow.card(c), ButtonAction.FORGET_CHOICE, c.id())));
            }
            replies.send(chat, replies.text(user, "forget.which", "name", name), rows);
            return;
        }
        askToForget(user, chat, found.get(0));
    }

    /** One of several contacts picked for forgetting (pressed, or named in a typed answer). */
    void forgetChosen(User user, ChatId chat, long contactId) {
        questions.close(user.id(), PendingQuestion.ChooseForget.class);
        contacts.find(user.id(), contactId).ifPresentOrElse(c -> askToForget(user, chat, c),
                () -> replies.say(user, chat, "forget.gone"));
    }

    /** A typed answer to "Which one should I forget?"; false when it names none of them. */
    boolean forgetTyped(User user, ChatId chat, PendingQuestion.ChooseForget question, String text) {
        List<Contact> candidates = question.contactIds().stream().map(id -> contacts.find(user.id(), id))
                .flatMap(Optional::stream).toList();
        List<Contact> named = StepTargets.mentioned(text, candidates);
        if (named.size() != 1) {
            return false;
        }
        forgetChosen(user, chat, named.get(0).id());
        return true;
    }

    /** Forgets after the user confirmed, journaled so that "undo" can bring them back; returns the reply. */
    String confirmForget(User user, long contactId) {
        questions.close(user.id(), PendingQuestion.ConfirmForget.class);
        Optional<ForgottenContact> gone = transactions.inOne(() -> {
            Optional<ForgottenContact> forgotten = contacts.forget(user.id(), contactId);
            forgotten.ifPresent(f -> journal.record(user.id(), new UserAction.Forgot(f)));
            return forgotten;
        });
        return gone.map(f -> replies.text(user, "forget.done", "name", f.contact().fullName(),
                        "minutes", UndoFlow.WINDOW.toMinutes()))
                .orElse(replies.text(user, "forget.gone"));
    }

    private void askToForget(User user, ChatId chat, Contact contact) {
        questions.askAgain(user.id(), new PendingQuestion.ConfirmForget(contact.id()));
        replies.send(chat, replies.text(user, "forget.confirm", "name", contact.fullName()), List.of(List.of(
                buttons.make(user.id(), replies.text(user, "button.forgetYes", "name", contact.fullName()),
                        ButtonAction.FORGET_YES, contact.id()),
                buttons.make(user.id(), replies.text(user, "button.forgetNo"), ButtonAction.FORGET_NO, contact.id()))));
    }

    /** A full name typed exactly means that contact; a first name means everyone it fits ("Anna", "Anna Rossi"). */
    private List<Contact> forgetCandidates(User user, String name) {
        if (name.isBlank()) {
            return List.of();
        }
        List<Contact> found = contacts.matching(user.id(), name);
        String key = TextNormalizer.key(name);
        boolean exactFullName = key.contains(" ") && found.stream().anyMatch(c -> TextNormalizer.key(c.fullName()).equals(key));
        if (exactFullName) {
            return found;
        }
        return contacts.allMatching(user.id(), name);
    }
}
