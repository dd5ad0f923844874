package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUps;
import com.followupbot.referral.ReferralStatus;
import com.followupbot.user.Language;
import com.followupbot.user.User;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Button presses: resolves the opaque token for this user and acts; unknown tokens change nothing. A press
 * is one transaction (its answer, the buttons it retires, its journal entry) and what it says leaves after
 * the commit: a failure half-way leaves the button live and nothing of it stored or shown.
 */
public final class PressRouter {

    private final Transactions transactions;
    private final Buttons buttons;
    private final Questions questions;
    private final StepAnswerFlow steps;
    private final AnswerFlow answers;
    private final RetryFlow retries;
    private final CaptureFlow captures;
    private final CorrectionFlow fixes;
    private final ForgetFlow forgets;
    private final SettingsFlow settings;
    private final UndoFlow undo;
    private final FollowUps followUps;
    private final ContactBook contacts;
    private final ReferralFlow referrals;
    private final ReferralOutcomes outcomes;
    private final GiveFirst giveFirst;
    private final ContactReferrals contactReferrals;
    private DeleteDataFlow deletions;
    private ImportPlanning imports;
    private final Replies replies;
    private final OneToOneBooking booking;
    private final OneToOneCheckIns checkIns;

    PressRouter(Transactions transactions, Buttons buttons, Questions questions, StepAnswerFlow steps, AnswerFlow answers, RetryFlow retries,
                CaptureFlow captures, CorrectionFlow fixes, ForgetFlow forgets, SettingsFlow settings, UndoFlow undo,
                FollowUps followUps, ContactBook contacts, ReferralFlow referrals, ReferralOutcomes outcomes,
                GiveFirst giveFirst, ContactReferrals contactReferrals, Replies replies, OneToOneBooking booking, OneToOneCheckIns checkIns) {
        this.transactions = transactions;
        this.giveFirst = giveFirst;
        this.contactReferrals = contactReferrals;
        this.booking = booking;
        this.checkIns = checkIns;
        this.contacts = contacts;
        this.referrals = referrals;
        this.outcomes = outcomes;
        this.buttons = buttons;
        this.questions = questions;
        this.steps = steps;
        this.answers = answers;
        this.retries = retries;
        this.captures = captures;
        this.fixes = fixes;
        this.forgets = forgets;
        this.settings = settings;
        this.undo = undo;
        this.followUps = followUps;
        this.replies = replies;
    }

    /** Wired after construction, like the chapter flow: the deletion needs nothing else of the router. */
    void attach(DeleteDataFlow deletionFlow) {
        this.deletions = deletionFlow;
    }

    /** Wired after construction too: the import's plan button needs nothing else of the router. */
    void attach(ImportPlanning importPlanning) {
        this.imports = importPlanning;
    }

    public void press(User user, Inbound.Press press) {
        replies.held(transactions, () -> {
            resolveAndAct(user, press);
            return null;
        });
    }

    private void resolveAndAct(User user, Inbound.Press press) {
        Optional<Buttons.Pressed> pressed = buttons.resolve(user.id(), press.token());
        if (pressed.isEmpty()) {
            replies.acknowledge(press, user, "toast.expired");
            return;
        }
        String toast = act(user, press, pressed.get());
        replies.acknowledge(press, user, toast);
    }

    private String act(User user, Inbound.Press press, Buttons.Pressed b) {
        ChatId chat = press.chat();
        long target = b.targetId() == null ? 0 : b.targetId();
        switch (b.action()) {
            case STEP_DONE -> {
                return steps.press(user, new StepMove.Done(), PromptAnswer.Kind.DONE, target, press.message());
            }
            case STEP_SKIP -> {
                return answerStep(user, press, new StepMove.Skip(b.param()), PromptAnswer.Kind.SKIP, target);
            }
            case STEP_SNOOZE, STEP_SNOOZE_UNTIL -> {
                return answerStep(user, press, snooze(user, b), PromptAnswer.Kind.SNOOZE, target);
            }
            case STEP_BOOKED -> {
                return steps.press(user, new StepMove.Booked(null), PromptAnswer.Kind.BOOKED, target, press.message());
            }
            case STEP_MESSAGE_INSTEAD -> {
                return retries.messageInstead(user, press, target);
            }
            case STEP_OPEN -> {
                return steps.open(user, chat, target) ? "toast.saved" : "toast.alreadyAnswered";
            }
            case ANSWER_CHOICE -> {
                return answers.choose(user, press, target, b.param());
            }
            case OVERDUE_SHOW, OVERDUE_DONE, OVERDUE_SKIP -> captures.answerOverdue(user, chat, b.action(), target, press.message());
            case CAPTURE_OK -> captures.confirm(user, target, press.message());
            case CAPTURE_FIX -> fixes.askWhatToFix(user, chat, target);
            case CAPTURE_UNDO -> undo.undoCapture(user, press, target);
            case FIX_PERSON -> fixes.personChosen(user, chat, Long.parseLong(b.param()), target);
            case BOOKED_NOT_FIXED -> {
                questions.close(user.id(), PendingQuestion.AwaitingBookedDate.class);
                replies.edit(press.message(), OutboundMessage.text(replies.text(user, "booked.later")));
            }
            case ONE_TO_ONE_WITH -> {
                return booking.chosen(user, press, target, b.param());
            }
            case ONE_TO_ONE_NOT_FIXED -> {
                questions.close(user.id(), PendingQuestion.AwaitingOneToOneDate.class);
                replies.edit(press.message(), OutboundMessage.text(replies.text(user, "booked.later")));
            }
            case ONE_TO_ONE_REFERRAL -> {
                return checkIns.answered(user, press, target, OneToOneCheckIns.REFERRAL);
            }
            case ONE_TO_ONE_WELL -> {
                return checkIns.answered(user, press, target, OneToOneCheckIns.WELL);
            }
            case ONE_TO_ONE_MISSED -> {
                return checkIns.answered(user, press, target, OneToOneCheckIns.MISSED);
            }
            case SAME_CONTACT, NEW_CONTACT -> {
                return captures.pressSameContact(user, press, b.action() == ButtonAction.SAME_CONTACT, target);
            }
            case FORGET_CHOICE -> {
                buttons.retireAll(user.id(), ButtonAction.FORGET_CHOICE);
                replies.edit(press.message(), OutboundMessage.text(replies.text(user, "forget.chosen")));
                forgets.forgetChosen(user, chat, target);
            }
            case FORGET_YES -> {
                buttons.retire(user.id(), target, ButtonAction.FORGET_YES, ButtonAction.FORGET_NO);
                replies.edit(press.message(), OutboundMessage.text(forgets.confirmForget(user, target)));
            }
            case FORGET_NO -> {
                questions.close(user.id(), PendingQuestion.ConfirmForget.class);
                buttons.retire(user.id(), target, ButtonAction.FORGET_YES, ButtonAction.FORGET_NO);
                replies.edit(press.message(), OutboundMessage.text(replies.text(user, "forget.kept")));
            }
            case REFERRAL_OUTCOME -> {
                return outcomes.press(user, chat, target, ReferralStatus.valueOf(b.param().toUpperCase(Locale.ROOT)),
                        press.message());
            }
            case REFERRAL_TELL -> {
                return outcomes.tell(user, press.message(), target);
            }
            case REFERRAL_NOT_NOW -> {
                return outcomes.notNow(user, press.message(), target);
            }
            case REFERRAL_NO_AMOUNT -> {
                return questions.newest(user.id(), PendingQuestion.AwaitingReferralAmount.class)
                        .filter(q -> q.referralId() == target)
                        .map(q -> outcomes.amountGiven(user, chat, q, null, null)).orElse("toast.alreadyAnswered");
            }
            case REFERRAL_PARTNER -> {
                return referrals.partnerChosen(user, press, target, Long.parseLong(b.param()));
            }
            case REFER_CONTACT -> contacts.find(user.id(), target)
                    .ifPresent(contact -> contactReferrals.offerReferral(user, chat, contact));
            case REFER_CONTACT_TO -> {
                return contacts.find(user.id(), target).map(contact -> contactReferrals.referContact(user, press, contact,
                        latestNote(user, target), Long.parseLong(b.param()))).orElse("toast.alreadyAnswered");
            }
            case DELETE_DATA_YES -> {
                return deletions.confirm(user, press);
            }
            case DELETE_DATA_NO -> {
                return deletions.keep(user, press);
            }
            case IMPORT_PLAN -> {
                return imports.plan(user, press, target, b.param());
            }
            case GIVE_FIRST -> {
                return giveFirst.introduce(user, press, target, b.param());
            }
            case AGENDA_SHOW_ALL -> followUps.dueToday(user).forEach(step -> steps.open(user, chat, step.id()));
            case LANGUAGE, HOME_LANGUAGE -> settings.chooseLanguage(user, chat, Language.fromCode(b.param()));
            case HOME_STEP_DONE -> {
                return steps.press(user, new StepMove.Done(), PromptAnswer.Kind.DONE, target, null);
            }
            case HOME_STEP_SKIP -> {
                return steps.press(user, new StepMove.Skip(null), PromptAnswer.Kind.SKIP, target, null);
            }
            case HOME_STEP_SNOOZE -> {
                return steps.press(user, snooze(user, b), PromptAnswer.Kind.SNOOZE, target, null);
            }
            case HOME_STEP_OPEN -> {
                return steps.open(user, chat, target) ? "toast.saved" : "toast.alreadyAnswered";
            }
        }
        return "toast.saved";
    }

    /**
     * Skip or snooze pressed on the prompt, or on a retry offer: then the step's own prompt is edited to the
     * outcome, and the offer shows it too.
     */
    private String answerStep(User user, Inbound.Press press, StepMove move, PromptAnswer.Kind kind, long stepId) {
        boolean onPrompt = followUps.find(user.id(), stepId)
                .map(s -> press.message() != null && press.message().equals(s.promptMessage())).orElse(true);
        if (onPrompt) {
            return steps.press(user, move, kind, stepId, press.message());
        }
        questions.close(user.id(), PendingQuestion.RetryOffer.class);
        String toast = steps.press(user, move, kind, stepId, null);
        followUps.find(user.id(), stepId).ifPresent(s -> replies.edit(press.message(), steps.outcome(user, s)));
        return toast;
    }

    /** The note of the latest meeting with a contact: what they said they need. */
    private String latestNote(User user, long contactId) {
        return contacts.meetingsWith(user.id(), contactId).stream().map(m -> m.note()).filter(n -> n != null)
                .reduce((first, second) -> second).orElse(null);
    }

    private StepMove snooze(User user, Buttons.Pressed b) {
        SnoozeParam param = SnoozeParam.parse(b.param());
        ZonedDateTime now = steps.now(user);
        ZonedDateTime until = b.action() == ButtonAction.STEP_SNOOZE_UNTIL
                ? Instant.parse(param.value()).atZone(user.zone()) : AnswerTimes.after(now, param.value());
        return new StepMove.Snooze(until, param.note());
    }
}
