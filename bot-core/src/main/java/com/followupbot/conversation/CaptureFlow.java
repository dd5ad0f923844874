package com.followupbot.conversation;

import com.followupbot.capture.CaptureResult;
import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.MeetingLog;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.capture.PersonMention;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.MessageRef;
import com.followupbot.user.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Logs a meeting: asks "same Anna Rossi from Acme?" for each person who may be a known contact,
 * then stores everything and confirms what it understood.
 */
public final class CaptureFlow {

    private final ContactBook contacts;
    private final MeetingLog log;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;
    private final CaptureReplies confirmations;

    public CaptureFlow(ContactBook contacts, MeetingLog log, Questions questions, Buttons buttons, Replies replies,
                       CaptureReplies confirmations) {
        this.contacts = contacts;
        this.log = log;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
        this.confirmations = confirmations;
    }

    public void start(User user, ChatId chat, String rawText, ParsedMessage parsed) {
        proceed(user, chat, rawText, parsed, 0, new HashMap<>());
    }

    /** The answer to "same person?": {@code sameAs} is the existing contact's id, or null for someone new. */
    public void answerSameContact(User user, ChatId chat, PendingQuestion.SameContact question, Long sameAs) {
        Map<Integer, Long> decided = new HashMap<>(question.decided());
        if (sameAs != null) {
            decided.put(question.personIndex(), sameAs);
        }
        proceed(user, chat, question.rawText(), question.parsed(), question.personIndex() + 1, decided);
    }

    /** Logs a capture whose "same person?" question was never answered: unmatched people become new contacts. */
    public void logUnanswered(User user, ChatId chat, PendingQuestion.SameContact question) {
        questions.clear(user.id());
        finish(user, chat, question.rawText(), question.parsed(), question.decided());
    }

    private void proceed(User user, ChatId chat, String rawText, ParsedMessage parsed, int from, Map<Integer, Long> decided) {
        for (int i = from; i < parsed.people().size(); i++) {
            PersonMention person = parsed.people().get(i);
            List<Contact> known = contacts.matching(user.id(), person.name()).stream()
                    .filter(c -> !decided.containsValue(c.id())).toList();
            if (!known.isEmpty()) {
                ask(user, chat, new PendingQuestion.SameContact(rawText, parsed, i, known.get(0).id(), decided), known.get(0));
                return;
            }
        }
        questions.clear(user.id());
        finish(user, chat, rawText, parsed, decided);
    }

    private void ask(User user, ChatId chat, PendingQuestion.SameContact question, Contact candidate) {
        questions.ask(user.id(), question);
        String who = Stream.of(candidate.fullName(), candidate.company()).filter(Objects::nonNull)
                .collect(Collectors.joining(replies.text(user, "same.from")));
        replies.send(chat, replies.text(user, "same.question", "who", who,
                "name", question.parsed().people().get(question.personIndex()).name()), List.of(List.of(
                buttons.make(user.id(), replies.text(user, "button.same", "name", candidate.fullName()),
                        ButtonAction.SAME_CONTACT, candidate.id()),
                buttons.make(user.id(), replies.text(user, "button.someoneNew"), ButtonAction.NEW_CONTACT, candidate.id()))));
    }

    private void finish(User user, ChatId chat, String rawText, ParsedMessage parsed, Map<Integer, Long> decided) {
        CaptureResult result = log.log(user, parsed, rawText, decided);
        MessageRef sent = replies.send(chat, confirmations.confirmation(user, result.meeting().id(), true));
        if (sent == null) {
            throw new IllegalStateException("chat port returned no message reference");
        }
    }
}
