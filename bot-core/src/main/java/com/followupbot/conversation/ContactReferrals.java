package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.PersonMention;
import com.followupbot.capture.ReferralMention;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contact of the user given as a referral: "Refer Anna…" on her card (to a chapter member the user picks),
 * or an introduction to a contact who does not use the bot (give first). The card is the prospect.
 */
final class ContactReferrals {

    /** Members offered as buttons for "Refer Anna…"; the rest can be named in a message. */
    private static final int MAX_MEMBER_BUTTONS = 8;

    private final ReferralFlow referrals;
    private final UserDirectory users;
    private final Buttons buttons;
    private final Replies replies;

    ContactReferrals(ReferralFlow referrals, UserDirectory users, Buttons buttons, Replies replies) {
        this.referrals = referrals;
        this.users = users;
        this.buttons = buttons;
        this.replies = replies;
    }

    /** "Refer Anna…" on her card: to which member of the chapter (or how to write it for someone else). */
    void offerReferral(User user, ChatId chat, Contact contact) {
        List<User> members = users.chapterMembers(user);
        if (members.isEmpty()) {
            replies.say(user, chat, "referral.referNoMembers", "name", contact.fullName());
            return;
        }
        List<Button> row = new ArrayList<>();
        for (User member : members.stream().limit(MAX_MEMBER_BUTTONS).toList()) {
            row.add(buttons.make(user.id(), ReferralFlow.fullName(member), ButtonAction.REFER_CONTACT_TO, contact.id(),
                    String.valueOf(member.id())));
        }
        row.add(buttons.make(user.id(), replies.text(user, "button.referral.notMember"), ButtonAction.REFER_CONTACT_TO,
                contact.id(), "0"));
        replies.send(chat, new OutboundMessage(replies.text(user, "referral.referTo", "name", contact.fullName()),
                List.of(row)));
    }

    /** The member chosen for "Refer Anna…": her card is the prospect, the latest note what she needs. */
    String referContact(User user, Inbound.Press press, Contact contact, String note, long memberId) {
        buttons.retire(user.id(), contact.id(), ButtonAction.REFER_CONTACT_TO);
        Optional<User> member = users.chapterMembers(user).stream().filter(m -> m.id() == memberId).findFirst();
        if (member.isEmpty()) {
            replies.edit(press.message(), OutboundMessage.text(replies.text(user, "referral.referSomeoneElse",
                    "name", contact.fullName())));
            return "toast.saved";
        }
        replies.edit(press.message(), OutboundMessage.text(replies.text(user, "referral.partnerChosen",
                "name", ReferralFlow.fullName(member.get()))));
        referrals.recordWith(user, press.chat(), new ReferralMention(null, ReferralFlow.fullName(member.get()), mention(contact), note, null), null,
                member.get());
        return "toast.saved";
    }

    /** A contact of the user who does not use the bot, given a referral of another contact (give first). */
    void referToOutsider(User user, ChatId chat, Contact prospect, String need, String outsider) {
        referrals.recordWith(user, chat, new ReferralMention(null, outsider, mention(prospect), need, null), null, null);
    }

    private static PersonMention mention(Contact c) {
        return new PersonMention(c.fullName(), c.company(), c.role(), c.email(), c.phone(), c.linkedin());
    }

}
