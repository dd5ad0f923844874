package com.followupbot.conversation;

import com.followupbot.chat.OutboundMessage;
import com.followupbot.referral.Money;
import com.followupbot.referral.Referral;
import com.followupbot.referral.ReferralStatus;
import com.followupbot.referral.Referrals;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reports an outcome back to the giver, with the receiver's consent: the giver's side takes the status
 * (and, for closed business, the amount: their TYFCB, thank you for closed business), and the giver is
 * told in private with the Givers Gain balance between the two.
 */
final class ReferralReports {

    private final Referrals referrals;
    private final UserDirectory users;
    private final PrivateNotices notices;
    private final ReferralMessages messages;
    private final Replies replies;

    ReferralReports(Referrals referrals, UserDirectory users, PrivateNotices notices, ReferralMessages messages,
                    Replies replies) {
        this.referrals = referrals;
        this.users = users;
        this.notices = notices;
        this.messages = messages;
        this.replies = replies;
    }

    /** Reports {@code received}'s status to its giver; {@code told} hears false when the giver could not be told. */
    void report(User receiver, Referral received, java.util.function.Consumer<Boolean> told) {
        Optional<Referral> giverSide = referrals.otherSide(received);
        if (giverSide.isEmpty()) {
            told.accept(false); // the giver withdrew it
            return;
        }
        Referral given = referrals.setStatus(giverSide.get(), received.status(), received.amount(), received.currency());
        User giver = users.byId(given.userId());
        String text = replies.text(giver, "referral.report." + received.status().json(),
                "receiver", ReferralFlow.fullName(receiver), "prospect", messages.prospect(given),
                "amount", given.amount() == null ? "" : ": " + Money.format(given.amount(), given.currency(), giver.speaks()))
                + balance(giver, receiver.id(), ReferralFlow.fullName(receiver));
        notices.send(giver, OutboundMessage.text(text), sent -> told.accept(sent.isPresent()));
    }

    /** "Givers Gain with Bruno: you gave 3 · received 1 · your referrals closed €4,100." */
    String balance(User user, long partnerId, String partnerName) {
        int given = 0;
        int received = 0;
        Map<String, BigDecimal> closed = new TreeMap<>();
        for (Referral r : referrals.withPartner(user.id(), partnerId)) {
            if (r.side() == Referral.Side.GIVEN) {
                given++;
                if (r.status() == ReferralStatus.CLOSED && r.amount() != null) {
                    closed.merge(r.currency() == null ? "" : r.currency(), r.amount(), BigDecimal::add);
                }
            } else {
                received++;
            }
        }
        String value = closed.isEmpty() ? "" : replies.text(user, "referral.balance.closed", "amount", Money.format(
                closed, user.speaks()));
        return "\n" + replies.text(user, "referral.balance", "partner", ReferralMessages.firstName(partnerName),
                "given", given, "received", received, "closed", value);
    }
}
