package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.CaptureResult;
import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.capture.MeetingLog;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.capture.PersonMention;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.user.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Logs a meeting: asks "same Anna Rossi from Acme?" for each person who may be a known contact, then
 * stores everything (journaled, so "undo" can take it back) and confirms what it understood, waiting
 * for Looks right — pressed, or typed ("yes", "ok", "sì, giusto").
 */
public final class CaptureFlow {

    private GiveFirst giveFirst;

    private final Transactions transactions;
    private final ContactBook contacts;
    private final MeetingLog log;
    private final MeetingEdits meetings;
    private final UserActions journal;
    private final StepAnswerFlow steps;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;
    private final CaptureReplies confirmations;

    CaptureFlow(Transactions transactions, ContactBook contacts, MeetingLog log, MeetingEdits meetings,
                UserActions journal, StepAnswerFlow steps, Questions questions, Buttons buttons, Replies replies,
                CaptureReplies confirmations) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.log = log;
        this.meetings = meetings;
        this.journal = journal;
        this.steps = steps;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
        this.confirmations = confirmations;
    }

    public void start(User user, ChatId chat, String rawText, ParsedMessage parsed) {
        start(user, chat, rawText, parsed, false);
    }

    /** A visitor of the chapter: logged the same way, with the visitor's plan instead of the 24/7/30 one. */
    public void startVisit(User user, ChatId chat, String rawText, ParsedMessage parsed) {
        start(user, chat, rawText, parsed, true);
    }

    private void start(User user, ChatId chat, String rawText, ParsedMessage parsed, boolean visit) {
        // a capture not yet logged because "same person?" went unanswered is logged now: nothing typed is lost
        questions.newest(user.id(), PendingQuestion.SameContact.class).ifPresent(open -> logUnanswered(user, chat, open));
        questions.close(user.id(), PendingQuestion.AwaitingFix.class, PendingQuestion.ChooseFixPerson.class);
        proceed(user, chat, rawText, parsed, 0, new HashMap<>(), visit);
    }

    /** The answer to "same person?": {@code sameAs} is the existing contact's id, or null for someone new. */
    public void answerSameContact(User user, ChatId chat, PendingQuestion.SameContact question, Long sameAs) {
        questions.close(user.id(), PendingQuestion.SameContact.class);
        Map<Integer, Long> decided = new HashMap<>(question.decided());
        if (sameAs != null) {
            decided.put(question.personIndex(), sameAs);
        }
        proceed(user, chat, question.rawText(), question.parsed(), question.personIndex() + 1, decided, question.visit());
    }

    /** "Same Anna?" pressed. */
    public String pressSameContact(User user, Inbound.Press press, boolean same, long candidateId) {
        Optional<PendingQuestion.SameContact> open = questions.newest(user.id(), PendingQuestion.SameContact.class)
                .filter(q -> q.candidateId() == candidateId);
        if (open.isEmpty()) {
            return "toast.expired";
        }
        replies.edit(press.message(), OutboundMessage.text(replies.text(user, same ? "same.answeredSame" : "same.answeredNew")));
        answerSameContact(user, press.chat(), open.get(), same ? candidateId : null);
        return "toast.saved";
    }

    /** Looks right: pressed, or typed while the confirmation waits. */
    public void confirm(User user, long meetingId, MessageRef confirmation) {
        meetings.confirm(user.id(), meetingId);
        questions.close(user.id(), PendingQuestion.ReviewCapture.class);
        buttons.retire(user.id(), meetingId, ButtonAction.CAPTURE_OK, ButtonAction.CAPTURE_FIX);
        replies.edit(confirmation, confirmations.confirmation(user, meetingId, false));
        if (giveFirst != null && confirmation != null) {
            giveFirst.afterCapture(user, ChatId.privateChat(confirmation.chatId()), meetingId);
        }
    }

    /** Suggestions of introductions after a confirmed meeting (wired after construction: it needs the referral flows). */
    void attach(GiveFirst suggestions) {
        this.giveFirst = suggestions;
    }

    /** Steps offered in a capture confirmation: show their prompts now, or mark them done or skipped. */
    public void answerOverdue(User user, ChatId chat, ButtonAction action, long meetingId, MessageRef confirmation) {
        List<FollowUpStep> overdue = CaptureReplies.overdue(meetings.steps(user.id(), meetingId));
        List<Long> ids = overdue.stream().map(FollowUpStep::id).toList();
        switch (action) {
            case OVERDUE_SHOW -> ids.forEach(id -> steps.open(user, chat, id));
            case OVERDUE_DONE -> steps.apply(user, ids, new StepMove.Done(), PromptAnswer.Kind.DONE);
            case OVERDUE_SKIP -> steps.apply(user, ids, new StepMove.Skip(null), PromptAnswer.Kind.SKIP);
            default -> throw new IllegalArgumentException(action.name());
        }
        buttons.retire(user.id(), meetingId, ButtonAction.OVERDUE_SHOW, ButtonAction.OVERDUE_DONE, ButtonAction.OVERDUE_SKIP);
        // drawn once the prompts opened above are sent and attached: the drafts no longer show as waiting
        replies.afterCommit(() -> {
            boolean reviewed = meetings.find(user.id(), meetingId).map(m -> m.confirmed()).orElse(true);
            replies.edit(confirmation, confirmations.confirmation(user, meetingId, !reviewed));
        });
    }

    /** Sends a meeting's confirmation with Looks right · Fix · Undo and waits for the review. */
    void confirmAgain(User user, ChatId chat, long meetingId) {
        questions.close(user.id(), PendingQuestion.ReviewCapture.class);
        replies.send(chat, confirmations.confirmation(user, meetingId, true),
                sent -> questions.ask(user.id(), new PendingQuestion.ReviewCapture(meetingId, sent)));
    }

    private void logUnanswered(User user, ChatId chat, PendingQuestion.SameContact question) {
        questions.close(user.id(), PendingQuestion.SameContact.class);
        finish(user, chat, question.rawText(), question.parsed(), question.decided(), question.visit());
    }

    private void proceed(User user, ChatId chat, String rawText, ParsedMessage parsed, int from, Map<Integer, Long> decided,
                         boolean visit) {
        for (int i = from; i < parsed.people().size(); i++) {
            PersonMention person = parsed.people().get(i);
            List<Contact> known = contacts.matching(user.id(), person.name()).stream()
                    .filter(c -> !decided.containsValue(c.id())).toList();
            if (!known.isEmpty()) {
                ask(user, chat, new PendingQuestion.SameContact(rawText, parsed, i, known.get(0).id(), decided, visit),
                        known.get(0));
                return;
            }
        }
        finish(user, chat, rawText, parsed, decided, visit);
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

    private void finish(User user, ChatId chat, String rawText, ParsedMessage parsed, Map<Integer, Long> decided,
                        boolean visit) {
        CaptureResult result = transactions.inOne(() -> {
            CaptureResult logged = log.log(user, parsed, rawText, decided, visit);
            journal.record(user.id(), new UserAction.Captured(logged.meeting().id(), logged.created(),
                    logged.enrichedBefore(), logged.contacts().stream().map(Contact::fullName).toList()));
            return logged;
        });
        confirmAgain(user, chat, result.meeting().id());
    }
}
