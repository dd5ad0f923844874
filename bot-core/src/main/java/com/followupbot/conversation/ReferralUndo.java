package com.followupbot.conversation;

import com.followupbot.chat.OutboundMessage;
import com.followupbot.referral.Referral;
import com.followupbot.referral.Referrals;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.util.List;
import java.util.Optional;

/**
 * "undo" of a referral: a referral just recorded goes from both sides (the receiver's notice says it was
 * withdrawn); an outcome just recorded goes back to the status before. The giver keeps what they were
 * already told.
 */
final class ReferralUndo {

    private final Referrals referrals;
    private final UserDirectory users;
    private final ReferralMessages messages;
    private final Buttons buttons;
    private final Replies replies;

    ReferralUndo(Referrals referrals, UserDirectory users, ReferralMessages messages, Buttons buttons, Replies replies) {
        this.referrals = referrals;
        this.users = users;
        this.messages = messages;
        this.buttons = buttons;
        this.replies = replies;
    }

    Reversals.Reversal recorded(User user, UserAction.ReferralRecorded recorded) {
        Optional<Referral> own = referrals.find(user.id(), recorded.referralId());
        if (own.isEmpty()) {
            return Reversals.Reversal.refused(replies.text(user, "undo.changedSince"));
        }
        referrals.otherSide(own.get()).ifPresent(theirs -> withdraw(user, theirs));
        referrals.delete(own.get());
        retireButtons(user.id(), own.get().id());
        return new Reversals.Reversal(true, replies.text(user, "undo.referral", "prospect", messages.prospect(own.get()),
                "partner", own.get().partnerName()), List.of(), null);
    }

    Reversals.Reversal updated(User user, UserAction.ReferralUpdated updated) {
        Referral before = updated.before();
        if (referrals.find(user.id(), before.id()).isEmpty()) {
            return Reversals.Reversal.refused(replies.text(user, "undo.changedSince"));
        }
        Referral back = referrals.setStatus(before, before.status(), before.amount(), before.currency());
        if (back.notice() != null) {
            replies.edit(back.notice(), before.status() == com.followupbot.referral.ReferralStatus.OPEN
                    ? messages.notice(user, back, back.partnerName()) : messages.withOutcome(user, back));
        }
        return new Reversals.Reversal(true, replies.text(user, "undo.referralOutcome", "prospect", messages.prospect(back),
                "status", messages.status(user, back)), List.of(), null);
    }

    /** The partner's side goes, and the notice they got says the referral was withdrawn. */
    private void withdraw(User user, Referral theirs) {
        referrals.delete(theirs);
        retireButtons(theirs.userId(), theirs.id());
        if (theirs.notice() != null) {
            User partner = users.byId(theirs.userId());
            replies.edit(theirs.notice(), OutboundMessage.text(replies.text(partner, "referral.withdrawn",
                    "giver", ReferralFlow.fullName(user), "prospect", messages.prospect(theirs))));
        }
    }

    private void retireButtons(long userId, long referralId) {
        buttons.retire(userId, referralId, ButtonAction.REFERRAL_OUTCOME, ButtonAction.REFERRAL_TELL,
                ButtonAction.REFERRAL_NOT_NOW, ButtonAction.REFERRAL_NO_AMOUNT);
    }
}
