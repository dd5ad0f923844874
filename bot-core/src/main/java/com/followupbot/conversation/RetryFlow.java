package com.followupbot.conversation;

import com.followupbot.capture.PromptAnswer;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.StepKind;
import com.followupbot.user.User;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A failed attempt is not a success: "called Sara, no answer", "he is not on LinkedIn", "the email
 * bounced" leave the step open, and the bot offers the sensible next move with buttons: try again in
 * two days, skip the LinkedIn step with the reason noted, send a message instead of calling.
 */
public final class RetryFlow {

    /** When a failed attempt is retried, unless the user says otherwise. */
    static final Duration RETRY_AFTER = Duration.ofDays(2);

    private final StepAnswerFlow steps;
    private final FollowUps followUps;
    private final StepTexts texts;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;
    private final DateWords dates;

    RetryFlow(StepAnswerFlow steps, FollowUps followUps, StepTexts texts, Questions questions, Buttons buttons,
              Replies replies) {
        this.steps = steps;
        this.followUps = followUps;
        this.texts = texts;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
    }

    /** The attempt on {@code step} failed: retry at the time the user named, or offer the next moves. */
    void failed(User user, ChatId chat, FollowUpStep step, PromptAnswer answer) {
        PromptAnswer.Failure failure = answer.failure() != null ? answer.failure() : PromptAnswer.Failure.NO_ANSWER;
        ZonedDateTime now = steps.now(user);
        if (answer.when() != null) {
            ZonedDateTime until = AnswerTimes.snoozeUntil(user, now, answer.when());
            steps.typed(user, chat, step, new StepMove.Snooze(until, failure.name()), PromptAnswer.Kind.SNOOZE);
            return;
        }
        ZonedDateTime retryAt = user.workingHours().nextSlot(now.plus(RETRY_AFTER));
        String first = texts.contact(user, step.contactId()).map(c -> c.firstName()).orElse("");
        String text = replies.text(user, "retry." + offerOf(step.kind(), failure), "name", first,
                "day", dates.day(user.speaks(), retryAt.toLocalDate()), "step", texts.inSentence(user, step));
        questions.askAgain(user.id(), new PendingQuestion.RetryOffer(step.id(), retryAt.toInstant()));
        replies.send(chat, new OutboundMessage(text, List.of(choices(user, step, failure, retryAt))));
    }

    /** "Yes" typed to the offer: try again when it proposed. */
    void accept(User user, ChatId chat, PendingQuestion.RetryOffer offer) {
        questions.close(user.id(), PendingQuestion.RetryOffer.class);
        followUps.find(user.id(), offer.stepId()).ifPresent(step -> steps.typed(user, chat, step,
                new StepMove.Snooze(offer.retryAt().atZone(user.zone()), PromptAnswer.Failure.NO_ANSWER.name()),
                PromptAnswer.Kind.SNOOZE));
    }

    /** "Send a message instead" of calling: a draft to send, and the call comes back in two days. */
    String messageInstead(User user, Inbound.Press press, long stepId) {
        Optional<FollowUpStep> step = followUps.find(user.id(), stepId).filter(s -> s.state().isOpen());
        if (step.isEmpty()) {
            return "toast.alreadyAnswered";
        }
        questions.close(user.id(), PendingQuestion.RetryOffer.class);
        ZonedDateTime until = steps.now(user).plus(RETRY_AFTER);
        steps.press(user, new StepMove.Snooze(until, "MESSAGE_INSTEAD"), PromptAnswer.Kind.SNOOZE, stepId, null);
        String first = texts.contact(user, step.get().contactId()).map(c -> c.firstName()).orElse("");
        String me = user.firstName() == null ? "" : replies.text(user, "draft.sign", "me", user.firstName());
        replies.edit(press.message(), OutboundMessage.text(replies.text(user, "retry.messageDraft", "name", first,
                "draft", replies.text(user, "draft.CALL.message", "first", first, "sign", me))));
        return "toast.saved";
    }

    private List<Button> choices(User user, FollowUpStep step, PromptAnswer.Failure failure, ZonedDateTime retryAt) {
        long id = step.id();
        String retryDay = replies.text(user, "button.retryOn", "day", dates.weekday(user.speaks(), retryAt.toLocalDate()));
        Button retry = buttons.make(user.id(), retryDay, ButtonAction.STEP_SNOOZE_UNTIL, id,
                SnoozeParam.of(retryAt.toInstant().toString(), failure.name()));
        Button week = buttons.make(user.id(), replies.text(user, "button.inAWeek"), ButtonAction.STEP_SNOOZE, id,
                SnoozeParam.of("P7D", failure.name()));
        List<Button> row = new ArrayList<>();
        switch (offerOf(step.kind(), failure)) {
            case "call" -> {
                row.add(retry);
                row.add(week);
                row.add(buttons.make(user.id(), replies.text(user, "button.messageInstead"), ButtonAction.STEP_MESSAGE_INSTEAD, id));
            }
            case "linkedin" -> {
                row.add(buttons.make(user.id(), replies.text(user, "button.skipLinkedIn"), ButtonAction.STEP_SKIP, id,
                        failure.name()));
                row.add(week);
            }
            default -> {
                row.add(retry);
                row.add(week);
                row.add(buttons.make(user.id(), replies.text(user, "button.skip"), ButtonAction.STEP_SKIP, id, failure.name()));
            }
        }
        return row;
    }

    /** Which offer fits: a call that was not answered, a contact not on LinkedIn, anything else. */
    private static String offerOf(StepKind kind, PromptAnswer.Failure failure) {
        if (kind == StepKind.CALL && failure == PromptAnswer.Failure.NO_ANSWER) {
            return "call";
        }
        if (kind == StepKind.CONNECT && failure == PromptAnswer.Failure.NOT_ON_LINKEDIN) {
            return "linkedin";
        }
        return kind == StepKind.NOTE && failure == PromptAnswer.Failure.BOUNCED ? "note" : "other";
    }
}
