package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.OutcomeMention;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.referral.Referral;
import com.followupbot.referral.ReferralStatus;
import com.followupbot.referral.Referrals;
import com.followupbot.user.User;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a referral went, answered by a button or typed: the status is recorded on the owner's side, closed
 * business asks for the amount first, and then the giver is told — only with the receiver's consent,
 * asked once per giver ("Yes, tell Paola") and remembered.
 */
final class ReferralOutcomes {

    /** Buttons of "Which one?" at most. */
    private static final int MAX_CHOICES = 6;
    /** Most of the users are in the euro area (BNI Italy); the first amount with a currency sets theirs. */
    private static final String DEFAULT_CURRENCY = "EUR";

    private final Transactions transactions;
    private final Referrals referrals;
    private final UserActions journal;
    private final Questions questions;
    private final Buttons buttons;
    private final ReferralMessages messages;
    private final ReferralReports reports;
    private final Replies replies;

    private final MyAsks asks;

    ReferralOutcomes(Transactions transactions, Referrals referrals, UserActions journal, Questions questions,
                     Buttons buttons, ReferralMessages messages, ReferralReports reports, Replies replies, MyAsks asks) {
        this.asks = asks;
        this.transactions = transactions;
        this.referrals = referrals;
        this.journal = journal;
        this.questions = questions;
        this.buttons = buttons;
        this.messages = messages;
        this.reports = reports;
        this.replies = replies;
    }

    /** An outcome button on a notice, a check or a confirmation; that message is edited to show it. */
    String press(User user, ChatId chat, long referralId, ReferralStatus status, MessageRef pressedOn) {
        Optional<Referral> found = referrals.find(user.id(), referralId);
        if (found.isEmpty() || found.get().status().isFinal() || !found.get().ownerReportsOutcome()) {
            return "toast.alreadyAnswered";
        }
        Referral updated = record(user, chat, found.get(), status, null, null);
        replies.edit(pressedOn, messages.withOutcome(user, updated));
        return "toast.saved";
    }

    /**
     * "closed with Luca, 2,500 EUR", "Luca not a fit": the referral of the prospect named, else the one open
     * referral; with several and no name, "Which one?" with a button per referral.
     */
    void typed(User user, ChatId chat, OutcomeMention said) {
        List<Referral> candidates = (said.prospect() == null ? referrals.recent(user.id(), MAX_CHOICES * 4)
                : referrals.byProspect(user.id(), said.prospect())).stream()
                .filter(Referral::ownerReportsOutcome).toList();
        List<Referral> open = candidates.stream().filter(r -> !r.status().isFinal()).toList();
        if (candidates.isEmpty()) {
            replies.say(user, chat, said.prospect() == null ? "referral.noneOpen" : "referral.unknownProspect",
                    "name", said.prospect());
        } else if (open.size() == 1 || said.prospect() != null && open.isEmpty()) {
            Referral referral = open.isEmpty() ? candidates.get(0) : open.get(0);
            Referral updated = record(user, chat, referral, said.status(), said.amount(), said.currency());
            if (updated.notice() != null) {
                replies.edit(updated.notice(), messages.withOutcome(user, updated));
            }
        } else if (open.isEmpty()) {
            replies.say(user, chat, "referral.noneOpen");
        } else {
            List<Button> row = open.stream().limit(MAX_CHOICES).map(r -> buttons.make(user.id(), r.prospect().name(),
                    ButtonAction.REFERRAL_OUTCOME, r.id(), said.status().json())).toList();
            replies.send(chat, new OutboundMessage(replies.text(user, "referral.whichOne"), List.of(row)));
        }
    }

    /** Whether the user reports the outcome of a referral of someone of this name. */
    boolean hasReferral(User user, String prospect) {
        return referrals.byProspect(user.id(), prospect).stream().anyMatch(Referral::ownerReportsOutcome);
    }

    /** The amount of closed business, typed after "How much was it worth?" (null: the user gave none). */
    String amountGiven(User user, ChatId chat, PendingQuestion.AwaitingReferralAmount asked, BigDecimal amount,
                       String currency) {
        questions.close(user.id(), PendingQuestion.AwaitingReferralAmount.class);
        buttons.retire(user.id(), asked.referralId(), ButtonAction.REFERRAL_NO_AMOUNT);
        Optional<Referral> found = referrals.find(user.id(), asked.referralId());
        if (found.isEmpty()) {
            return "toast.alreadyAnswered";
        }
        Referral closed = amount == null ? found.get() : referrals.setStatus(found.get(), ReferralStatus.CLOSED, amount,
                currency != null ? currency : usualCurrency(user));
        replies.edit(asked.question(), OutboundMessage.text(replies.text(user, "referral.closed", "prospect",
                messages.prospect(closed), "amount", amountPart(user, closed))));
        afterOutcome(user, chat, closed);
        return "toast.saved";
    }

    /** "Yes, tell Paola": remembered for Paola's referrals from now on. */
    String tell(User user, MessageRef pressedOn, long referralId) {
        Optional<Referral> found = referrals.find(user.id(), referralId);
        buttons.retire(user.id(), referralId, ButtonAction.REFERRAL_TELL, ButtonAction.REFERRAL_NOT_NOW);
        if (found.isEmpty() || !found.get().linked()) {
            return "toast.alreadyAnswered";
        }
        referrals.decideConsent(user.id(), found.get().partnerUserId(), true);
        reports.report(user, found.get(), told -> replies.edit(pressedOn, OutboundMessage.text(replies.text(user,
                told ? "referral.toldAlways" : "referral.notTold", "giver", found.get().partnerName()))));
        return "toast.saved";
    }

    String notNow(User user, MessageRef pressedOn, long referralId) {
        buttons.retire(user.id(), referralId, ButtonAction.REFERRAL_TELL, ButtonAction.REFERRAL_NOT_NOW);
        replies.edit(pressedOn, OutboundMessage.text(replies.text(user, "referral.keptPrivate")));
        return "toast.saved";
    }

    private Referral record(User user, ChatId chat, Referral before, ReferralStatus status, BigDecimal amount,
                            String currency) {
        boolean askAmount = status == ReferralStatus.CLOSED && amount == null;
        String money = amount == null ? null : currency != null ? currency : usualCurrency(user);
        Referral updated = transactions.inOne(() -> {
            journal.record(user.id(), new UserAction.ReferralUpdated(before));
            return referrals.setStatus(before, status, amount, money);
        });
        if (askAmount) {
            askAmount(user, chat, updated);
        } else {
            replies.send(chat, OutboundMessage.text(replies.text(user, "referral.outcome." + status.json(),
                    "prospect", messages.prospect(updated), "amount", amountPart(user, updated))));
            afterOutcome(user, chat, updated);
        }
        return updated;
    }

    private void askAmount(User user, ChatId chat, Referral closed) {
        Button none = buttons.make(user.id(), replies.text(user, "button.referral.noAmount"), ButtonAction.REFERRAL_NO_AMOUNT,
                closed.id());
        replies.send(chat, new OutboundMessage(replies.text(user, "referral.askAmount", "prospect", messages.prospect(closed)),
                List.of(List.of(none))), question -> questions.askAgain(user.id(),
                new PendingQuestion.AwaitingReferralAmount(closed.id(), question)));
    }

    /** Once the outcome is complete: the thank-you draft for closed business, then the report to the giver. */
    private void afterOutcome(User user, ChatId chat, Referral r) {
        if (r.status() == ReferralStatus.CLOSED && r.side() == Referral.Side.RECEIVED) {
            replies.say(user, chat, "referral.thankYou", "giverFirst", ReferralMessages.firstName(r.partnerName()),
                    "first", ReferralMessages.firstName(r.prospect().name()));
            // a happy client is the best source of the next referral: ask them, specifically
            replies.send(chat, OutboundMessage.text(asks.toHappyClient(user, ReferralMessages.firstName(r.prospect().name()))));
        }
        if (r.side() != Referral.Side.RECEIVED || !r.linked()) {
            return;
        }
        if (referrals.consent(user.id(), r.partnerUserId()).orElse(false)) {
            reports.report(user, r, told -> replies.say(user, chat, told ? "referral.told" : "referral.notTold",
                    "giver", r.partnerName()));
            return;
        }
        List<Button> row = new ArrayList<>();
        row.add(buttons.make(user.id(), replies.text(user, "button.referral.tell", "giver",
                ReferralMessages.firstName(r.partnerName())), ButtonAction.REFERRAL_TELL, r.id()));
        row.add(buttons.make(user.id(), replies.text(user, "button.referral.notNow"), ButtonAction.REFERRAL_NOT_NOW, r.id()));
        replies.send(chat, new OutboundMessage(replies.text(user, "referral.askTell", "giver", r.partnerName()), List.of(row)));
    }

    /** An amount typed without a currency is in the one the user wrote last, else in euro. */
    String usualCurrency(User user) {
        return referrals.recent(user.id(), 20).stream().map(Referral::currency).filter(c -> c != null).findFirst()
                .orElse(DEFAULT_CURRENCY);
    }

    private String amountPart(User user, Referral r) {
        return r.amount() == null ? "" : ": " + com.followupbot.referral.Money.format(r.amount(), r.currency(), user.speaks());
    }
}
