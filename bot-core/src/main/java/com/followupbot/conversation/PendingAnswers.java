package com.followupbot.conversation;

import com.followupbot.capture.AppointmentParser;
import com.followupbot.capture.Correction;
import com.followupbot.capture.CorrectionReader;
import com.followupbot.capture.Understanding;
import com.followupbot.chat.ChatId;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Answers to the question the bot is waiting on, typed rather than pressed. A message that is clearly
 * something else (a command, a new meeting) ends the question and is handled as usual.
 */
public final class PendingAnswers {

    private final Questions questions;
    private final CorrectionReader corrections;
    private final CorrectionFlow fixes;
    private final CaptureFlow captures;
    private final StepAnswerFlow answers;
    private final CommandFlow commands;
    private final Replies replies;
    private final Clock clock;

    public PendingAnswers(Questions questions, CorrectionReader corrections, CorrectionFlow fixes, CaptureFlow captures,
                          StepAnswerFlow answers, CommandFlow commands, Replies replies, Clock clock) {
        this.questions = questions;
        this.corrections = corrections;
        this.fixes = fixes;
        this.captures = captures;
        this.answers = answers;
        this.commands = commands;
        this.replies = replies;
        this.clock = clock;
    }

    /** True when the text answered the pending question and needs nothing more. */
    public boolean tryAnswer(User user, ChatId chat, String text, Understanding understanding) {
        Optional<PendingQuestion> question = questions.current(user.id());
        if (question.isEmpty()) {
            return false;
        }
        boolean somethingElse = Conversation.isCommand(understanding) || understanding instanceof Understanding.Capture
                || understanding instanceof Understanding.Progress;
        PendingQuestion q = question.get();
        if (q instanceof PendingQuestion.SameContact same) {
            return sameContact(user, chat, text, same);
        }
        if (somethingElse) {
            questions.clear(user.id());
            return false;
        }
        if (q instanceof PendingQuestion.AwaitingFix fix) {
            Optional<Correction> correction = corrections.read(text, true);
            correction.ifPresentOrElse(c -> fixes.apply(user, chat, c, fix.meetingId()),
                    () -> replies.say(user, chat, "fix.ask"));
            return true;
        }
        if (q instanceof PendingQuestion.AwaitingBookedDate booked) {
            return bookedDate(user, chat, text, booked);
        }
        if (q instanceof PendingQuestion.ConfirmForget forget) {
            return confirmForget(user, chat, text, forget);
        }
        return false;
    }

    private boolean sameContact(User user, ChatId chat, String text, PendingQuestion.SameContact same) {
        if (corrections.isYes(text)) {
            captures.answerSameContact(user, chat, same, same.candidateId());
            return true;
        }
        if (corrections.isNo(text)) {
            captures.answerSameContact(user, chat, same, null);
            return true;
        }
        // The user moved on: log the meeting (nothing typed is lost), then handle the new message.
        captures.logUnanswered(user, chat, same);
        return false;
    }

    private boolean bookedDate(User user, ChatId chat, String text, PendingQuestion.AwaitingBookedDate booked) {
        if (corrections.isNo(text)) {
            questions.clear(user.id());
            replies.say(user, chat, "booked.later");
            return true;
        }
        ZonedDateTime now = clock.instant().atZone(user.zone());
        Optional<ZonedDateTime> when = AppointmentParser.parse(text, now);
        if (when.isEmpty()) {
            replies.say(user, chat, "booked.notUnderstood");
            return true;
        }
        answers.recordBookedDate(user, chat, booked.stepId(), when.get().toInstant());
        return true;
    }

    private boolean confirmForget(User user, ChatId chat, String text, PendingQuestion.ConfirmForget forget) {
        if (corrections.isYes(text)) {
            replies.send(chat, commands.confirmForget(user, forget.contactId()), java.util.List.of());
            return true;
        }
        questions.clear(user.id());
        if (corrections.isNo(text)) {
            replies.say(user, chat, "forget.kept");
            return true;
        }
        return false;
    }
}
