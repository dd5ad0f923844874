package com.followupbot.conversation;

import com.followupbot.capture.Correction;
import com.followupbot.capture.MessageReader;
import com.followupbot.capture.OutcomeMention;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.capture.Understanding;
import com.followupbot.chat.ChatId;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Whether a message answers one of the user's open questions, and the answer acted on: each kind of
 * question takes only what answers it ("When is it?" a time, "Forget Anna?" a yes or no, "Which one?" a
 * name), so a message that answers none of them goes on to be handled on its own.
 */
final class OpenQuestions {

    private final MessageReader reader;
    private final Questions questions;
    private final AnswerFlow answers;
    private final StepAnswerFlow steps;
    private final RetryFlow retries;
    private final CaptureFlow captures;
    private final CorrectionFlow fixes;
    private final ForgetFlow forgets;
    private final ReferralOutcomes outcomes;
    private final Replies replies;
    private final Clock clock;
    private final OneToOneBooking booking;

    OpenQuestions(MessageReader reader, Questions questions, AnswerFlow answers, StepAnswerFlow steps, RetryFlow retries,
                  CaptureFlow captures, CorrectionFlow fixes, ForgetFlow forgets, ReferralOutcomes outcomes, Replies replies,
                  Clock clock, OneToOneBooking booking) {
        this.booking = booking;
        this.outcomes = outcomes;
        this.reader = reader;
        this.questions = questions;
        this.answers = answers;
        this.steps = steps;
        this.retries = retries;
        this.captures = captures;
        this.fixes = fixes;
        this.forgets = forgets;
        this.replies = replies;
        this.clock = clock;
    }

    /** Whether {@code q} takes this message as its answer (and answered it); {@code newest}: asked last. */
    boolean answer(User user, ChatId chat, String text, Understanding u, Questions.Open q, boolean newest) {
        PendingQuestion question = q.question();
        if (question instanceof PendingQuestion.AwaitingBookedDate booked) {
            return bookedDate(user, chat, u, booked, newest);
        }
        if (question instanceof PendingQuestion.AwaitingOneToOneDate date) {
            return oneToOneDate(user, chat, u, date, newest);
        }
        if (question instanceof PendingQuestion.WhichPrompt which) {
            boolean all = reader.meansAll(text);
            return !(u instanceof Understanding.Command || u instanceof Understanding.Capture || u instanceof Understanding.Visit)
                    && answers.chooseTyped(user, chat, q, which, text, all);
        }
        if (question instanceof PendingQuestion.AwaitingReferralAmount amount) {
            return referralAmount(user, chat, text, u, amount, newest);
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
            return yesNo(u, () -> replies.send(chat, forgets.confirmForget(user, forget.contactId()), List.of()),
                    () -> {
                        questions.close(user.id(), q.id());
                        replies.say(user, chat, "forget.kept");
                    });
        }
        if (question instanceof PendingQuestion.ChooseForget choose) {
            return freeText(u) && forgets.forgetTyped(user, chat, choose, text);
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
        return dateAnswer(user, chat, u, newest, false, PendingQuestion.AwaitingBookedDate.class,
                at -> steps.recordBookedDate(user, chat, booked.stepId(), at));
    }

    /** The time of a one-to-one with no call step ("Friday at 10"); "no" or "not yet" leaves it unbooked. */
    private boolean oneToOneDate(User user, ChatId chat, Understanding u, PendingQuestion.AwaitingOneToOneDate date,
                                 boolean newest) {
        return dateAnswer(user, chat, u, newest, true, PendingQuestion.AwaitingOneToOneDate.class,
                at -> booking.dateGiven(user, chat, date.contactId(), at));
    }

    /**
     * The answer to "When is it?": a time books it ({@code unnamedOnly}: a booking that names someone is not
     * this answer); "no" or "not yet" leaves it unbooked and closes the question.
     */
    private boolean dateAnswer(User user, ChatId chat, Understanding u, boolean newest, boolean unnamedOnly,
                               Class<? extends PendingQuestion> asked, java.util.function.Consumer<ZonedDateTime> book) {
        ZonedDateTime now = clock.instant().atZone(user.zone());
        Optional<ZonedDateTime> at = Optional.empty();
        if (u instanceof Understanding.When w) {
            at = AnswerTimes.bookedAt(user, now, w.when());
        } else if (u instanceof Understanding.Answer a && a.answer().kind() == PromptAnswer.Kind.BOOKED
                && (!unnamedOnly || a.answer().name() == null)) {
            at = AnswerTimes.bookedAt(user, now, a.answer().when());
        }
        if (at.isPresent()) {
            book.accept(at.get());
            return true;
        }
        if (u instanceof Understanding.No || u instanceof Understanding.Answer a && a.answer().kind() == PromptAnswer.Kind.NOT_YET) {
            questions.close(user.id(), asked);
            replies.say(user, chat, "booked.later");
            return true;
        }
        if (newest && u instanceof Understanding.NotUnderstood) {
            replies.say(user, chat, "booked.notUnderstood");
            return true;
        }
        return false;
    }

    /** "2,500 EUR" or "closed 2.500 €" after "How much was it worth?"; "no" leaves the amount out. */
    private boolean referralAmount(User user, ChatId chat, String text, Understanding u, PendingQuestion.AwaitingReferralAmount asked,
                                   boolean newest) {
        Optional<OutcomeMention> said = u instanceof Understanding.Outcome o && o.outcome().amount() != null
                ? Optional.of(o.outcome())
                : u instanceof Understanding.NotUnderstood || u instanceof Understanding.When ? reader.amount(text) : Optional.empty();
        if (said.isPresent()) {
            outcomes.amountGiven(user, chat, asked, said.get().amount(), said.get().currency());
            return true;
        }
        if (u instanceof Understanding.No) {
            outcomes.amountGiven(user, chat, asked, null, null);
            return true;
        }
        if (newest && u instanceof Understanding.NotUnderstood) {
            replies.say(user, chat, "referral.amountNotUnderstood");
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

    private static boolean freeText(Understanding u) {
        return !(u instanceof Understanding.Command || u instanceof Understanding.Capture || u instanceof Understanding.Visit);
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
