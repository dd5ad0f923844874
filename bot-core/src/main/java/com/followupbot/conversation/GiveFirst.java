package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.Meeting;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.referral.Referral;
import com.followupbot.referral.Referrals;
import com.followupbot.referral.Trades;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Give first: when a confirmed meeting's note states a need ("needs a new website"), the chapter members
 * whose trade answers it, then the user's own contacts whose role or company does, are suggested for an
 * introduction ("Marco Neri is a web designer: introduce him to Anna?"); one tap records the referral and
 * gives an introduction draft.
 */
final class GiveFirst {

    /** Suggestions per meeting: more would be noise. */
    private static final int MAX = 2;
    private static final String MEMBER = "m";
    private static final String CONTACT = "c";

    /** Someone who could answer the need: a chapter member (memberId) or a contact of the user (contactId). */
    private record Candidate(String name, String trade, Long memberId, Long contactId) {
    }

    private final MeetingEdits meetings;
    private final ContactBook contacts;
    private final UserDirectory users;
    private final ContactReferrals referrals;
    private final Referrals referralRows;
    private final Buttons buttons;
    private final Replies replies;
    private final Trades trades = Trades.standard();

    GiveFirst(MeetingEdits meetings, ContactBook contacts, UserDirectory users, ContactReferrals referrals,
              Referrals referralRows, Buttons buttons, Replies replies) {
        this.referralRows = referralRows;
        this.meetings = meetings;
        this.contacts = contacts;
        this.users = users;
        this.referrals = referrals;
        this.buttons = buttons;
        this.replies = replies;
    }

    /** After Looks right: suggestions for the meeting's first person, if its note states a need someone answers. */
    void afterCapture(User user, ChatId chat, long meetingId) {
        Optional<Meeting> meeting = meetings.find(user.id(), meetingId);
        List<Contact> met = meetings.contacts(user.id(), meetingId);
        if (meeting.isEmpty() || meeting.get().note() == null || met.isEmpty()) {
            return;
        }
        List<String> needs = trades.needsIn(meeting.get().note());
        if (needs.isEmpty()) {
            return;
        }
        Contact prospect = met.get(0);
        for (Candidate c : candidates(user, needs, met).stream().limit(MAX).toList()) {
            String param = c.memberId() != null ? MEMBER + c.memberId() : CONTACT + c.contactId();
            replies.send(chat, new OutboundMessage(replies.text(user, "giveFirst.suggest", "name", c.name(), "trade", c.trade(),
                    "prospect", ReferralMessages.firstName(prospect.fullName())),
                    List.of(List.of(buttons.make(user.id(), replies.text(user, "button.giveFirst"), ButtonAction.GIVE_FIRST,
                            prospect.id(), param)))));
        }
    }

    /** "Write the introduction": records the referral and gives the draft. */
    String introduce(User user, Inbound.Press press, long prospectId, String param) {
        Optional<Contact> prospect = contacts.find(user.id(), prospectId);
        Optional<Candidate> candidate = prospect.flatMap(p -> resolve(user, param));
        if (candidate.isEmpty() || alreadyGiven(user, prospect.get(), candidate.get())) {
            return "toast.alreadyAnswered"; // a second tap on the same suggestion records nothing twice
        }
        Contact p = prospect.get();
        String need = meetingsNote(user, p);
        if (candidate.get().memberId() != null) {
            referrals.referContact(user, press, p, need, candidate.get().memberId());
        } else {
            replies.edit(press.message(), OutboundMessage.text(replies.text(user, "referral.partnerChosen",
                    "name", candidate.get().name())));
            referrals.referToOutsider(user, press.chat(), p, need, candidate.get().name());
        }
        replies.say(user, press.chat(), "giveFirst.draft", "prospectFirst", ReferralMessages.firstName(p.fullName()),
                "name", candidate.get().name(), "first", ReferralMessages.firstName(candidate.get().name()),
                "trade", candidate.get().trade(), "prospect", p.fullName(), "need", need == null ? "" : need);
        return "toast.saved";
    }

    private boolean alreadyGiven(User user, Contact prospect, Candidate to) {
        return referralRows.byProspect(user.id(), prospect.fullName()).stream()
                .anyMatch(r -> r.side() == Referral.Side.GIVEN && r.partnerName().equals(to.name()));
    }

    private List<Candidate> candidates(User user, List<String> needs, List<Contact> met) {
        List<Candidate> found = new ArrayList<>();
        for (User member : users.chapterMembers(user)) {
            String trade = users.trade(member);
            if (needs.stream().anyMatch(n -> trades.answers(n, trade))) {
                found.add(new Candidate(ReferralFlow.fullName(member), trade, member.id(), null));
            }
        }
        for (Contact c : contacts.all(user.id(), 500)) {
            boolean other = met.stream().noneMatch(m -> m.id() == c.id());
            if (other && needs.stream().anyMatch(n -> trades.answers(n, c.role()) || trades.answers(n, c.company()))) {
                found.add(new Candidate(c.fullName(), c.role() != null ? c.role() : c.company(), null, c.id()));
            }
        }
        return found;
    }

    private Optional<Candidate> resolve(User user, String param) {
        long id = Long.parseLong(param.substring(1));
        if (param.startsWith(MEMBER)) {
            return users.chapterMembers(user).stream().filter(m -> m.id() == id).findFirst()
                    .map(m -> new Candidate(ReferralFlow.fullName(m), users.trade(m), m.id(), null));
        }
        return contacts.find(user.id(), id).map(c -> new Candidate(c.fullName(), c.role() != null ? c.role() : c.company(),
                null, c.id()));
    }

    private String meetingsNote(User user, Contact contact) {
        return contacts.meetingsWith(user.id(), contact.id()).stream().map(Meeting::note).filter(n -> n != null)
                .reduce((first, second) -> second).orElse(null);
    }
}
