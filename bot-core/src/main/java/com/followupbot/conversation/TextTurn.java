package com.followupbot.conversation;

import com.followupbot.capture.Correction;
import com.followupbot.capture.MessageReader;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.capture.Understanding;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.MessageRef;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.PromptedSteps;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One typed message, in one pass: understood once (by the caller), resolved against what the user has
 * open (the prompt it replies to, then the open questions, newest first), then acted on. A question
 * takes only what answers it — "change my time zone to London" is a settings request whatever is open —
 * and the questions that do not are kept.
 */
final class TextTurn {

    private final MessageReader reader;
    private final Questions questions;
    private final PromptedSteps prompted;
    private final AnswerFlow answers;
    private final StepAnswerFlow steps;
    private final RetryFlow retries;
    private final CaptureFlow captures;
    private final CorrectionFlow fixes;
    private final CommandFlow commands;
    private final SettingsFlow settings;
    private final UndoFlow undo;
    private final Replies replies;
    private final Clock clock;

    TextTurn(MessageReader reader, Questions questions, PromptedSteps prompted, AnswerFlow answers, StepAnswerFlow steps,
             RetryFlow retries, CaptureFlow captures, CorrectionFlow fixes, CommandFlow commands, SettingsFlow settings,
             UndoFlow undo, Replies replies, Clock clock) {
        this.reader = reader;
        this.questions = questions;
        this.prompted = prompted;
        this.answers = answers;
        this.steps = steps;
        this.retries = retries;
        this.captures = captures;
        this.fixes = fixes;
        this.commands = commands;
        this.settings = settings;
        this.undo = undo;
        this.replies = replies;
        this.clock = clock;
    }

    void handle(User user, ChatId chat, String text, MessageRef replyTo, Understanding understanding) {
        if (replyTo != null && toRepliedPrompt(user, chat, replyTo, understanding)) {
            return;
        }
        List<Questions.Open> open = questions.open(user.id());
        for (int i = 0; i < open.size(); i++) {
            if (answers(user, chat, text, understanding, open.get(i), i == 0)) {
                return;
            }
        }
        act(user, chat, text, understanding);
    }

    /** "done, sent her an email" typed as a reply to the prompt itself. */
    private boolean toRepliedPrompt(User user, ChatId chat, MessageRef replyTo, Understanding understanding) {
        Optional<FollowUpStep> step = prompted.promptedBy(user.id(), replyTo);
        if (step.isEmpty()) {
            return false;
        }
        if (understanding instanceof Understanding.Answer a) {
            answers.toPrompt(user, chat, a.answer(), step.get());
            return true;
        }
        if (understanding instanceof Understanding.When w) {
            answers.toPrompt(user, chat, new PromptAnswer(PromptAnswer.Kind.SNOOZE, null, null, null, w.when()), step.get());
            return true;
        }
        return false;
    }

    /** Whether {@code q} takes this message as its answer (and answered it); {@code newest}: asked last. */
    private boolean answers(User user, ChatId chat, String text, Understanding u, Questions.Open q, boolean newest) {
        PendingQuestion question = q.question();
        if (question instanceof PendingQuestion.AwaitingBookedDate booked) {
            return bookedDate(user, chat, u, booked, newest);
        }
        if (question instanceof PendingQuestion.WhichPrompt which) {
            boolean all = reader.meansAll(text);
            return !(u instanceof Understanding.Command || u instanceof Understanding.Capture)
                    && answers.chooseTyped(user, chat, q, which, text, all);
        }
        if (question instanceof PendingQuestion.ReviewCapture review) {
            return yesNo(u, () -> captures.confirm(user, review.meetingId(), review.confirmation()),
                    () -> fixes.askWhatToFix(user, chat, review.meetingId()));
        }
        if (question instanceof PendingQuestion.SameContact same) {
            return yesNo(u, () -> captures.answerSameContact(user, chat, same, same.candidateId()),
                    () -> captures.answerSameContact(user, chat, same, null));
        }
        if (question instanceof PendingQuestion.ConfirmForget forget) {
            return yesNo(u, () -> replies.send(chat, commands.confirmForget(user, forget.contactId()), List.of()),
                    () -> {
                        questions.close(user.id(), q.id());
                        replies.say(user, chat, "forget.kept");
                    });
        }
        if (question instanceof PendingQuestion.ChooseForget choose) {
            return freeText(u) && commands.forgetTyped(user, chat, choose, text);
        }
        if (question instanceof PendingQuestion.ChooseFixPerson choose) {
            if (u instanceof Understanding.Fix fix && fix.correction().person() == null && choose.pending() == null) {
                return false;
            }
            return freeText(u) && fixes.personTyped(user, chat, choose, text);
        }
        if (question instanceof PendingQuestion.AwaitingFix fix) {
            return fixAnswer(user, chat, text, u, fix, newest);
        }
        if (question instanceof PendingQuestion.RetryOffer offer) {
            return yesNo(u, () -> retries.accept(user, chat, offer), () -> {
                questions.close(user.id(), q.id());
                replies.say(user, chat, "retry.declined");
            });
        }
        return false;
    }

    private boolean bookedDate(User user, ChatId chat, Understanding u, PendingQuestion.AwaitingBookedDate booked,
                               boolean newest) {
        ZonedDateTime now = clock.instant().atZone(user.zone());
        Optional<ZonedDateTime> at = Optional.empty();
        if (u instanceof Understanding.When w) {
            at = AnswerTimes.bookedAt(user, now, w.when());
        } else if (u instanceof Understanding.Answer a && a.answer().kind() == PromptAnswer.Kind.BOOKED) {
            at = AnswerTimes.bookedAt(user, now, a.answer().when());
        }
        if (at.isPresent()) {
            steps.recordBookedDate(user, chat, booked.stepId(), at.get());
            return true;
        }
        if (u instanceof Understanding.No || u instanceof Understanding.Answer a && a.answer().kind() == PromptAnswer.Kind.NOT_YET) {
            questions.close(user.id(), PendingQuestion.AwaitingBookedDate.class);
            replies.say(user, chat, "booked.later");
            return true;
        }
        if (newest && u instanceof Understanding.NotUnderstood) {
            replies.say(user, chat, "booked.notUnderstood");
            return true;
        }
        return false;
    }

    private boolean fixAnswer(User user, ChatId chat, String text, Understanding u, PendingQuestion.AwaitingFix fix,
                              boolean newest) {
        Optional<Correction> correction = u instanceof Understanding.Fix f ? Optional.of(f.correction())
                : u instanceof Understanding.NotUnderstood || u instanceof Understanding.When ? reader.correction(text)
                : Optional.empty();
        if (correction.isPresent()) {
            fixes.apply(user, chat, correction.get(), fix.meetingId(), fix.contactId());
            return true;
        }
        if (newest && u instanceof Understanding.NotUnderstood) {
            replies.say(user, chat, "fix.ask");
            return true;
        }
        return false;
    }

    /** The message acted on by itself: nothing open took it. */
    private void act(User user, ChatId chat, String text, Understanding u) {
        if (u instanceof Understanding.Command c) {
            command(user, chat, c);
        } else if (u instanceof Understanding.Answer a) {
            answers.answer(user, chat, a.answer(), text);
        } else if (u instanceof Understanding.Capture c) {
            captures.start(user, chat, text, c.parsed());
        } else if (u instanceof Understanding.Fix f) {
            fixes.apply(user, chat, f.correction(), null, null);
        } else if (u instanceof Understanding.When w) {
            if (!answers.snoozeTo(user, chat, w.when(), w.name(), text)) {
                replies.say(user, chat, "unknown");
            }
        } else if (u instanceof Understanding.Yes) {
            replies.say(user, chat, "reply.yes");
        } else if (u instanceof Understanding.No) {
            replies.say(user, chat, "reply.no");
        } else if (u instanceof Understanding.Thanks) {
            replies.say(user, chat, "reply.thanks");
        } else if (u instanceof Understanding.TooLong) {
            replies.say(user, chat, "tooLong", "max", MessageReader.MAX_BYTES);
        } else {
            replies.say(user, chat, "unknown");
        }
    }

    private void command(User user, ChatId chat, Understanding.Command command) {
        switch (command.name()) {
            case HELP -> commands.help(user, chat);
            case TODAY -> commands.today(user, chat);
            case UPCOMING -> commands.upcoming(user, chat);
            case CONTACTS -> commands.contacts(user, chat);
            case WHO -> commands.who(user, chat, command.args());
            case FORGET -> commands.forget(user, chat, command.args());
            case UNDO -> undo.undoLast(user, chat);
            case SETTINGS -> settings.handle(user, chat, command.args());
            case FIX -> fixes.askWhatToFixLatest(user, chat);
        }
    }

    private static boolean freeText(Understanding u) {
        return !(u instanceof Understanding.Command || u instanceof Understanding.Capture);
    }

    private static boolean yesNo(Understanding u, Runnable yes, Runnable no) {
        if (u instanceof Understanding.Yes) {
            yes.run();
            return true;
        }
        if (u instanceof Understanding.No) {
            no.run();
            return true;
        }
        return false;
    }
}
