package com.followupbot.conversation;

import com.followupbot.capture.MeetingEdits;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Answers to prompts: done, snooze, skip, booked one-to-one; and the steps offered at capture. */
public final class StepAnswerFlow {

    private final FollowUps followUps;
    private final MeetingEdits meetings;
    private final PromptMessages prompts;
    private final CaptureReplies confirmations;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;
    private final DateWords dates;
    private final Clock clock;

    public StepAnswerFlow(FollowUps followUps, MeetingEdits meetings, PromptMessages prompts,
                          CaptureReplies confirmations, Questions questions, Buttons buttons, Replies replies,
                          Clock clock) {
        this.followUps = followUps;
        this.meetings = meetings;
        this.prompts = prompts;
        this.confirmations = confirmations;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
        this.clock = clock;
    }

    /** Done / Skip / Snooze on a prompt; returns the toast key. The prompt is edited to its outcome. */
    public String answer(User user, ButtonAction action, long stepId, String param, MessageRef prompt) {
        Optional<FollowUpStep> changed = switch (action) {
            case STEP_DONE -> followUps.done(user.id(), stepId);
            case STEP_SKIP -> followUps.skip(user.id(), stepId);
            case STEP_SNOOZE -> followUps.snooze(user, stepId, Duration.parse(param));
            case STEP_BOOKED -> followUps.booked(user.id(), stepId, null);
            default -> throw new IllegalArgumentException(action.name());
        };
        Optional<FollowUpStep> step = changed.or(() -> followUps.find(user.id(), stepId));
        step.ifPresent(s -> replies.edit(prompt != null ? prompt : s.promptMessage(), outcome(user, s)));
        if (changed.isEmpty()) {
            return "toast.alreadyAnswered";
        }
        if (action == ButtonAction.STEP_BOOKED) {
            askBookedDate(user, stepId, prompt);
        }
        return "toast.saved";
    }

    /** The outcome line a prompt becomes: done on a day, snoozed until, skipped, booked. */
    public OutboundMessage outcome(User user, FollowUpStep step) {
        return switch (step.state()) {
            case DONE -> step.booked()
                    ? prompts.outcome(user, step, "outcome.booked", "when", step.bookedFor() == null ? ""
                    : replies.text(user, "outcome.bookedFor", "when", dates.dayAndTime(user.speaks(), step.bookedFor(), user.zone())))
                    : prompts.outcome(user, step, "outcome.done", "day", day(user, step.closedAt()));
            case SKIPPED -> prompts.outcome(user, step, "outcome.skipped");
            case SNOOZED -> prompts.outcome(user, step, "outcome.snoozed",
                    "when", dates.dayAndTime(user.speaks(), step.dueAt(), user.zone()));
            case PENDING, PROMPTED -> prompts.compose(user, step);
        };
    }

    /** The date of a booked one-to-one, typed as the answer to "When is it?". */
    public void recordBookedDate(User user, ChatId chat, long stepId, Instant when) {
        followUps.bookedFor(user.id(), stepId, when);
        questions.clear(user.id());
        followUps.find(user.id(), stepId).ifPresent(s -> replies.edit(s.promptMessage(), outcome(user, s)));
        replies.say(user, chat, "booked.saved", "when", dates.dayAndTime(user.speaks(), when, user.zone()));
    }

    /** Steps offered in a capture confirmation: show their prompts now, or mark them done or skipped. */
    public void answerOverdue(User user, ChatId chat, ButtonAction action, long meetingId, MessageRef confirmation) {
        List<FollowUpStep> overdue = CaptureReplies.overdue(meetings.steps(user.id(), meetingId));
        for (FollowUpStep step : overdue) {
            switch (action) {
                case OVERDUE_SHOW -> {
                    MessageRef sent = replies.send(chat, prompts.compose(user, step));
                    followUps.attachPrompt(user.id(), step.id(), sent.chatId(), sent.messageId());
                }
                case OVERDUE_DONE -> followUps.done(user.id(), step.id());
                case OVERDUE_SKIP -> followUps.skip(user.id(), step.id());
                default -> throw new IllegalArgumentException(action.name());
            }
        }
        buttons.retire(user.id(), meetingId, ButtonAction.OVERDUE_SHOW, ButtonAction.OVERDUE_DONE, ButtonAction.OVERDUE_SKIP);
        boolean reviewed = meetings.find(user.id(), meetingId).map(m -> m.confirmed()).orElse(true);
        replies.edit(confirmation, confirmations.confirmation(user, meetingId, !reviewed));
    }

    private void askBookedDate(User user, long stepId, MessageRef prompt) {
        questions.ask(user.id(), new PendingQuestion.AwaitingBookedDate(stepId));
        ChatId chat = prompt != null ? new ChatId(prompt.chatId(), true) : ChatId.privateChat(user.privateChatId());
        replies.send(chat, replies.text(user, "booked.when"), List.of(List.of(
                buttons.make(user.id(), replies.text(user, "button.notFixed"), ButtonAction.BOOKED_NOT_FIXED, stepId))));
    }

    private String day(User user, Instant at) {
        return dates.day(user.speaks(), (at == null ? clock.instant() : at).atZone(user.zone()).toLocalDate());
    }
}
