package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.capture.WhenPhrase;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.StepKind;
import com.followupbot.user.User;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed answers to prompts, resolved against what the user has open: the prompt replied to, the
 * contact named, or the only prompt waiting. Several open and nobody named: "Which one?" with a
 * button per prompt, never "I didn't get that". A failed attempt goes to {@link RetryFlow}.
 */
public final class AnswerFlow {

    private final StepTargets targets;
    private final StepAnswerFlow steps;
    private final RetryFlow retries;
    private final FollowUps followUps;
    private final StepTexts texts;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;
    private final OneToOneBooking booking;

    AnswerFlow(StepTargets targets, StepAnswerFlow steps, RetryFlow retries, FollowUps followUps, StepTexts texts,
               Questions questions, Buttons buttons, Replies replies, OneToOneBooking booking) {
        this.booking = booking;
        this.targets = targets;
        this.steps = steps;
        this.retries = retries;
        this.followUps = followUps;
        this.texts = texts;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
    }

    /** An answer typed as a reply to the prompt of {@code repliedTo}. */
    public void toPrompt(User user, ChatId chat, PromptAnswer answer, FollowUpStep repliedTo) {
        act(user, chat, answer, repliedTo);
    }

    /** An answer typed on its own: to the contact it names, the only open prompt, or "Which one?". */
    public void answer(User user, ChatId chat, PromptAnswer answer, String text) {
        StepTargets.Found found = targets.find(user.id(), answer, text);
        if (withoutCallStep(answer, found) && booking.byText(user, chat, answer)) {
            return;
        }
        if (found.unknownName() != null) {
            replies.say(user, chat, "progress.unknown", "name", found.unknownName());
        } else if (found.closed() != null) {
            replies.say(user, chat, "progress.already", "name", found.named().fullName(), "step", found.closed().number());
        } else if (found.steps().isEmpty() && found.named() != null) {
            replies.say(user, chat, "answer.nothingOpenFor", "name", found.named().fullName());
        } else if (found.steps().isEmpty()) {
            replies.say(user, chat, "answer.nothingOpen");
        } else if (found.steps().size() == 1 || answer.kind() == PromptAnswer.Kind.BOOKED && found.named() != null) {
            act(user, chat, answer, found.steps().get(0));
        } else {
            askWhich(user, chat, answer, found.steps());
        }
    }

    /**
     * A one-to-one booked with someone who has no open call step to close: not a contact yet, a contact whose
     * call is done or who has another plan (a visitor), someone met long ago.
     */
    private static boolean withoutCallStep(PromptAnswer answer, StepTargets.Found found) {
        boolean callOpen = found.steps().stream().anyMatch(s -> s.kind() == StepKind.CALL);
        return answer.kind() == PromptAnswer.Kind.BOOKED && answer.name() != null && !callOpen
                && (found.unknownName() != null || found.named() != null || found.closed() != null);
    }

    /**
     * Only a time ("next week", "Monday") while prompts are open: a snooze of the one meant. With a name
     * ("Dora next week") only when it names a contact whose prompt is open.
     */
    public boolean snoozeTo(User user, ChatId chat, WhenPhrase when, String name, String text) {
        PromptAnswer snooze = new PromptAnswer(PromptAnswer.Kind.SNOOZE, null, null, null, when);
        StepTargets.Found found = targets.find(user.id(), snooze, text);
        if (found.steps().isEmpty() || name != null && found.named() == null) {
            return false;
        }
        answer(user, chat, snooze, text);
        return true;
    }

    /** The answer to "Which one?", pressed: one step, or all of them. */
    public String choose(User user, Inbound.Press press, long questionId, String choice) {
        Optional<Questions.Open> open = questions.find(user.id(), questionId);
        if (open.isEmpty() || !(open.get().question() instanceof PendingQuestion.WhichPrompt which)) {
            return "toast.expired";
        }
        List<Long> chosen = "all".equals(choice) ? which.stepIds() : List.of(Long.parseLong(choice));
        questions.close(user.id(), questionId);
        buttons.retireAll(user.id(), ButtonAction.ANSWER_CHOICE);
        String picked = "all".equals(choice) ? replies.text(user, chosen.size() == 2 ? "button.both" : "button.all")
                : followUps.find(user.id(), chosen.get(0)).map(s -> texts.label(user, s)).orElse("");
        replies.edit(press.message(), OutboundMessage.text(replies.text(user, "which.answered", "choice", picked)));
        applyChosen(user, press.chat(), which.answer(), chosen);
        return "toast.saved";
    }

    /** The answer to "Which one?", typed: a name among the choices, or "both"/"all". True when it was one. */
    public boolean chooseTyped(User user, ChatId chat, Questions.Open open, PendingQuestion.WhichPrompt which, String text,
                               boolean all) {
        List<FollowUpStep> choices = which.stepIds().stream().map(id -> followUps.find(user.id(), id))
                .flatMap(Optional::stream).toList();
        List<FollowUpStep> chosen = all ? choices : byName(user, choices, text);
        if (chosen.isEmpty()) {
            return false;
        }
        questions.close(user.id(), open.id());
        buttons.retireAll(user.id(), ButtonAction.ANSWER_CHOICE);
        String picked = chosen.size() > 1 ? replies.text(user, chosen.size() == 2 ? "button.both" : "button.all")
                : texts.label(user, chosen.get(0));
        replies.edit(which.question(), OutboundMessage.text(replies.text(user, "which.answered", "choice", picked)));
        applyChosen(user, chat, which.answer(), chosen.stream().map(FollowUpStep::id).toList());
        return true;
    }

    private void applyChosen(User user, ChatId chat, PromptAnswer answer, List<Long> chosen) {
        if (chosen.size() == 1 || !answer.kind().appliesToMany()) {
            followUps.find(user.id(), chosen.get(0)).ifPresent(step -> act(user, chat, answer, step));
            return;
        }
        StepAnswerFlow.Applied applied = steps.apply(user, chosen, move(user, answer), answer.kind());
        steps.editPrompts(user, applied, null);
        List<String> lines = new ArrayList<>();
        applied.changed().forEach(s -> lines.add(texts.outcome(user, s).text()));
        applied.unchanged().forEach(s -> lines.add(replies.text(user, "typed.already", "outcome", texts.outcome(user, s).text())));
        replies.send(chat, OutboundMessage.text(String.join("\n", lines)));
    }

    private List<FollowUpStep> byName(User user, List<FollowUpStep> choices, String text) {
        List<Contact> people = choices.stream().map(s -> s.contactId()).distinct()
                .map(id -> texts.contact(user, id)).flatMap(Optional::stream).toList();
        List<Contact> named = StepTargets.mentioned(text, people);
        return choices.stream().filter(s -> named.stream().anyMatch(c -> c.id() == s.contactId())).toList();
    }

    private void act(User user, ChatId chat, PromptAnswer answer, FollowUpStep step) {
        if (answer.kind() == PromptAnswer.Kind.FAILED) {
            retries.failed(user, chat, step, answer);
            return;
        }
        steps.typed(user, chat, step, move(user, answer), answer.kind());
    }

    /** The move an answer makes, its time resolved in the user's zone. */
    StepMove move(User user, PromptAnswer answer) {
        ZonedDateTime now = steps.now(user);
        return switch (answer.kind()) {
            case DONE -> new StepMove.Done();
            case SKIP -> new StepMove.Skip(answer.failure() == null ? null : answer.failure().name());
            case SNOOZE, NOT_YET, FAILED -> new StepMove.Snooze(AnswerTimes.snoozeUntil(user, now, answer.when()),
                    answer.failure() == null ? null : answer.failure().name());
            case BOOKED -> new StepMove.Booked(AnswerTimes.bookedAt(user, now, answer.when()).orElse(null));
        };
    }

    private void askWhich(User user, ChatId chat, PromptAnswer answer, List<FollowUpStep> open) {
        List<FollowUpStep> shown = open.stream().limit(StepTargets.MAX_CHOICES).toList();
        PendingQuestion.WhichPrompt which = new PendingQuestion.WhichPrompt(answer,
                shown.stream().map(FollowUpStep::id).toList(), steps.now(user).toInstant(), null);
        long id = questions.askAgain(user.id(), which);
        List<List<Button>> rows = new ArrayList<>();
        for (FollowUpStep step : shown) {
            rows.add(List.of(buttons.make(user.id(), texts.label(user, step), ButtonAction.ANSWER_CHOICE, id,
                    Long.toString(step.id()))));
        }
        if (answer.kind().appliesToMany()) {
            rows.add(List.of(buttons.make(user.id(), replies.text(user, shown.size() == 2 ? "button.both" : "button.all"),
                    ButtonAction.ANSWER_CHOICE, id, "all")));
        }
        replies.send(chat, new OutboundMessage(replies.text(user, "which.question"), rows), sent -> questions.update(user.id(),
                id, new PendingQuestion.WhichPrompt(which.answer(), which.stepIds(), which.askedAt(), sent)));
    }

    /** Whether a contact of this name has a follow-up step still open. */
    boolean hasOpenStep(User user, String name) {
        return targets.hasOpenStep(user.id(), name);
    }
}
