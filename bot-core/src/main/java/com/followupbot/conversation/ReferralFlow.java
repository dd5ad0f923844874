package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.Contact;
import com.followupbot.capture.PersonMention;
import com.followupbot.capture.ReferralMention;
import com.followupbot.capture.TextNormalizer;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.referral.NewReferral;
import com.followupbot.referral.Referral;
import com.followupbot.referral.Referrals;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a referral given or received. When the other member uses the bot in one of the user's chapters
 * the referral is linked (a row on each side, one key) and they are told at once in their private chat:
 * a receiver gets the prospect's details, an opener and the outcome buttons. Otherwise the user's record
 * stands alone and the user is the one asked how it went.
 */
final class ReferralFlow {

    /** A referral older than this is stale news: it waits in "referrals" instead. */
    private static final java.time.Duration WAITING_NOTICES = java.time.Duration.ofDays(30);

    private final Transactions transactions;
    private final Referrals referrals;
    private final UserDirectory users;
    private final UserActions journal;
    private final Questions questions;
    private final Buttons buttons;
    private final ReferralMessages messages;
    private final ReferralCheckTimes checkTimes;
    private final PrivateNotices notices;
    private final Replies replies;
    private final java.time.Clock clock;

    ReferralFlow(Transactions transactions, Referrals referrals, UserDirectory users, UserActions journal,
                 Questions questions, Buttons buttons, ReferralMessages messages, ReferralCheckTimes checkTimes,
                 PrivateNotices notices, Replies replies, java.time.Clock clock) {
        this.clock = clock;
        this.transactions = transactions;
        this.referrals = referrals;
        this.users = users;
        this.journal = journal;
        this.questions = questions;
        this.buttons = buttons;
        this.messages = messages;
        this.checkTimes = checkTimes;
        this.notices = notices;
        this.replies = replies;
    }

    void record(User user, ChatId chat, ReferralMention mention, String text) {
        if (mention.prospect() == null || mention.partner() == null) {
            replies.say(user, chat, mention.prospect() == null ? "referral.needProspect" : "referral.needPartner");
            return;
        }
        List<User> members = membersCalled(user, mention.partner());
        if (members.size() > 1) {
            askWhichPartner(user, chat, mention, text, members);
            return;
        }
        recordWith(user, chat, mention, text, members.isEmpty() ? null : members.get(0));
    }

    /** A choice of "Which Marco?": {@code partnerId} 0 means someone outside the chapter. */
    String partnerChosen(User user, Inbound.Press press, long questionId, long partnerId) {
        Optional<Questions.Open> open = questions.find(user.id(), questionId);
        if (open.isEmpty() || !(open.get().question() instanceof PendingQuestion.ChooseReferralPartner choose)) {
            return "toast.alreadyAnswered";
        }
        questions.close(user.id(), questionId);
        buttons.retireAll(user.id(), ButtonAction.REFERRAL_PARTNER);
        User partner = partnerId != 0 && choose.candidates().contains(partnerId) ? users.byId(partnerId) : null;
        replies.edit(press.message(), OutboundMessage.text(replies.text(user, "referral.partnerChosen",
                "name", partner == null ? choose.mention().partner() : fullName(partner))));
        recordWith(user, press.chat(), choose.mention(), choose.rawText(), partner);
        return "toast.saved";
    }

    /** Records the referral with {@code partner} (a member; null: someone who does not use the bot) and tells them. */
    void recordWith(User user, ChatId chat, ReferralMention m, String text, User partner) {
        UUID key = UUID.randomUUID();
        Referral.Side side = m.given() ? Referral.Side.GIVEN : Referral.Side.RECEIVED;
        Referral[] sides = transactions.inOne(() -> {
            Referral own = referrals.record(new NewReferral(user.id(), key, side, partner == null ? null : partner.id(),
                    partner == null ? m.partner() : fullName(partner), m.prospect(), m.need(), m.temperature(), text,
                    user.speaks(), side == Referral.Side.RECEIVED || partner == null ? checkTimes.first(user) : null));
            Referral theirs = partner == null ? null : referrals.record(new NewReferral(partner.id(), key, opposite(side),
                    user.id(), fullName(user), m.prospect(), m.need(), m.temperature(), null, partner.speaks(),
                    side == Referral.Side.GIVEN ? checkTimes.first(partner) : null));
            journal.record(user.id(), new UserAction.ReferralRecorded(own.id(), key, partner == null ? null : partner.id()));
            return new Referral[] {own, theirs};
        });
        if (partner == null) {
            confirm(user, chat, sides[0], null, false);
        } else {
            tell(user, partner, sides[1], told -> confirm(user, chat, sides[0], partner, told));
        }
    }

    /**
     * The referrals given to the user while they could not be reached in private (they had only written in
     * the group): told now that they write to the bot privately.
     */
    void deliverWaiting(User user) {
        if (user.privateChatId() == null) {
            return;
        }
        for (Referral waiting : referrals.waitingNotice(user.id(), clock.instant().minus(WAITING_NOTICES))) {
            String giver = users.byId(waiting.partnerUserId()).displayName();
            notices.send(user, messages.notice(user, waiting, giver == null ? waiting.partnerName() : giver),
                    sent -> sent.ifPresent(ref -> referrals.rememberNotice(waiting, ref)));
        }
    }

    /** Tells the other member; false when they cannot be reached in private. */
    private void tell(User user, User partner, Referral theirs, java.util.function.Consumer<Boolean> told) {
        OutboundMessage message = theirs.side() == Referral.Side.RECEIVED
                ? messages.notice(partner, theirs, fullName(user))
                : OutboundMessage.text(replies.text(partner, "referral.loggedByReceiver", "receiver", fullName(user),
                        "receiverFirst", ReferralMessages.firstName(fullName(user)), "prospect", messages.prospect(theirs)));
        notices.send(partner, message, sent -> {
            sent.ifPresent(ref -> referrals.rememberNotice(theirs, ref));
            told.accept(sent.isPresent());
        });
    }

    private void confirm(User user, ChatId chat, Referral own, User partner, boolean told) {
        String outcome = own.side() == Referral.Side.GIVEN ? (partner == null ? "alone" : told ? "told" : "unreachable")
                : partner == null ? "alone" : "linked";
        String text = replies.text(user, "referral.recorded." + own.side(), "prospect", messages.prospect(own),
                "partner", own.partnerName(), "need", messages.needAndTemperature(user, own))
                + "\n" + replies.text(user, "referral.recorded." + own.side() + "." + outcome,
                "partner", own.partnerName(), "partnerFirst", ReferralMessages.firstName(own.partnerName()));
        List<List<Button>> rows = own.ownerReportsOutcome() && own.side() == Referral.Side.RECEIVED
                ? messages.outcomeButtons(user, own, false) : List.of();
        replies.send(chat, new OutboundMessage(text, rows));
    }

    private void askWhichPartner(User user, ChatId chat, ReferralMention mention, String text, List<User> members) {
        List<Long> ids = members.stream().map(User::id).toList();
        long question = questions.ask(user.id(), new PendingQuestion.ChooseReferralPartner(mention, text, ids));
        List<Button> row = new ArrayList<>();
        for (User member : members) {
            row.add(buttons.make(user.id(), fullName(member), ButtonAction.REFERRAL_PARTNER, question, String.valueOf(member.id())));
        }
        row.add(buttons.make(user.id(), replies.text(user, "button.referral.notMember"), ButtonAction.REFERRAL_PARTNER,
                question, "0"));
        replies.send(chat, new OutboundMessage(replies.text(user, "referral.whichPartner", "name", mention.partner()),
                List.of(row)));
    }

    /** Chapter members whose full name is the name written, or whose first name is ("marco" finds Marco Neri). */
    private List<User> membersCalled(User user, String name) {
        String key = TextNormalizer.key(name);
        List<User> members = users.chapterMembers(user);
        List<User> exact = members.stream().filter(m -> TextNormalizer.key(fullName(m)).equals(key)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return members.stream().filter(m -> TextNormalizer.key(fullName(m)).startsWith(key + " ")
                || key.startsWith(TextNormalizer.key(fullName(m)) + " ")).toList();
    }

    static String fullName(User user) {
        return user.displayName() == null || user.displayName().isBlank() ? "👤" : user.displayName().strip();
    }

    private static Referral.Side opposite(Referral.Side side) {
        return side == Referral.Side.GIVEN ? Referral.Side.RECEIVED : Referral.Side.GIVEN;
    }
}
