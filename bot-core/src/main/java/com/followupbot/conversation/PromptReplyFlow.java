package com.followupbot.conversation;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.MessageRef;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.PromptedSteps;
import com.followupbot.user.User;
import java.util.Optional;

/**
 * Answers to a prompt typed instead of pressed: a reply to the prompt message ("done, sent her an
 * email"), or a bare "done" while exactly one prompt waits. The prompt is edited to its outcome just
 * as a press would, so it cannot be answered twice, and the chat gets the outcome too.
 */
public final class PromptReplyFlow {

    private final PromptedSteps prompted;
    private final PromptAnswerReader reader;
    private final StepAnswerFlow answers;
    private final FollowUps followUps;
    private final Replies replies;

    public PromptReplyFlow(PromptedSteps prompted, PromptAnswerReader reader, StepAnswerFlow answers,
                           FollowUps followUps, Replies replies) {
        this.prompted = prompted;
        this.reader = reader;
        this.answers = answers;
        this.followUps = followUps;
        this.replies = replies;
    }

    /** True when {@code text}, a reply to the bot's message {@code replyTo}, answered the prompt it was. */
    public boolean answerReply(User user, ChatId chat, String text, MessageRef replyTo) {
        return answer(user, chat, text, prompted.promptedBy(user.id(), replyTo));
    }

    /** True when {@code text} reads as an answer and exactly one prompt is waiting for one. */
    public boolean answerOnlyOpenPrompt(User user, ChatId chat, String text) {
        if (reader.read(text).isEmpty()) {
            return false;
        }
        return answer(user, chat, text, prompted.onlyOpenPrompt(user.id()));
    }

    private boolean answer(User user, ChatId chat, String text, Optional<FollowUpStep> step) {
        Optional<PromptAnswerReader.Answer> answer = reader.read(text);
        if (step.isEmpty() || answer.isEmpty()) {
            return false;
        }
        FollowUpStep asked = step.get();
        PromptAnswerReader.Answer a = answer.get();
        String toast = answers.answer(user, a.action(), asked.id(), a.param(), asked.promptMessage());
        boolean saved = "toast.saved".equals(toast);
        if (saved && a.action() == ButtonAction.STEP_BOOKED) {
            return true; // "When is the one-to-one?" follows
        }
        followUps.find(user.id(), asked.id()).ifPresent(now -> replies.say(user, chat,
                saved ? "typed.saved" : "typed.already", "outcome", answers.outcome(user, now).text()));
        return true;
    }
}
