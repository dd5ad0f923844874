package com.followupbot.conversation;

import com.followupbot.capture.PersonMention;
import com.followupbot.chat.Button;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.referral.Money;
import com.followupbot.referral.Referral;
import com.followupbot.referral.ReferralStatus;
import com.followupbot.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the bot says about referrals: the notice to the receiver, outcome questions, reports to the giver. */
final class ReferralMessages {

    /** The outcome buttons in the order a referral moves. */
    private static final List<ReferralStatus> OUTCOMES = List.of(ReferralStatus.CONTACTED, ReferralStatus.MEETING,
            ReferralStatus.CLOSED, ReferralStatus.LOST);

    private final Buttons buttons;
    private final Replies replies;
    private final DateWords dates;

    ReferralMessages(Buttons buttons, Replies replies) {
        this.buttons = buttons;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
    }

    /** "Anna Rossi (Acme)". */
    String prospect(Referral r) {
        PersonMention p = r.prospect();
        return p.company() == null ? p.name() : p.name() + " (" + p.company() + ")";
    }

    /** " · “needs a new website” · hot", the need and temperature as a confirmation lists them. */
    String needAndTemperature(User user, Referral r) {
        String need = r.need() == null ? "" : " · “" + r.need() + "”";
        return need + (r.temperature() == null ? "" : " · " + replies.text(user, "referral.temperature." + r.temperature().json()));
    }

    /** The receiver's notice: who gave what, the details to get in touch, an opener, and the outcome buttons. */
    OutboundMessage notice(User receiver, Referral received, String giverName) {
        String text = replies.text(receiver, "referral.notice", "giver", giverName, "prospect", prospect(received),
                "need", needAndTemperature(receiver, received), "details", details(receiver, received.prospect()),
                "first", firstName(received.prospect().name()),
                "opener", replies.text(receiver, "referral.opener", "first", firstName(received.prospect().name()),
                        "giver", giverName, "me", receiver.firstName() == null ? "" : ", " + receiver.firstName()));
        return new OutboundMessage(text, outcomeButtons(receiver, received, false));
    }

    /** Contacted · Meeting set · Closed business · Not a fit (and Still open when asked later), past the status reached. */
    List<List<Button>> outcomeButtons(User owner, Referral r, boolean withStillOpen) {
        List<Button> row = new ArrayList<>();
        for (ReferralStatus status : OUTCOMES) {
            if (!r.status().isFinal() && (status == ReferralStatus.LOST || status.ordinal() > r.status().ordinal())) {
                row.add(buttons.make(owner.id(), replies.text(owner, "button.referral." + status.json()),
                        ButtonAction.REFERRAL_OUTCOME, r.id(), status.json()));
            }
        }
        if (withStillOpen) {
            row.add(buttons.make(owner.id(), replies.text(owner, "button.referral.open"), ButtonAction.REFERRAL_OUTCOME,
                    r.id(), ReferralStatus.OPEN.json()));
        }
        return List.of(row);
    }

    /** The message about a referral once it has an outcome: what it was, and the outcomes still possible. */
    OutboundMessage withOutcome(User owner, Referral r) {
        String text = replies.text(owner, "referral.state", "prospect", prospect(r),
                "status", status(owner, r));
        return new OutboundMessage(text, r.status().isFinal() ? List.of() : outcomeButtons(owner, r, false));
    }

    /** "closed business, €2,500", "meeting set". */
    String status(User user, Referral r) {
        String name = replies.text(user, "referral.status." + r.status().json());
        return r.amount() == null ? name : name + ", " + Money.format(r.amount(), r.currency(), user.speaks());
    }

    /** The outcome question the check {@code number} (1: contacted? 2: meeting? 3: closed?) asks. */
    OutboundMessage check(User owner, Referral r, int number) {
        String key = "referral.check." + r.side() + "." + number;
        String text = replies.text(owner, key, "prospect", prospect(r), "first", firstName(r.prospect().name()),
                "partner", r.partnerName(), "partnerFirst", firstName(r.partnerName()),
                "day", dates.day(owner.speaks(), owner.localTime(r.createdAt()).toLocalDate()));
        return new OutboundMessage(text, outcomeButtons(owner, r, true));
    }

    private String details(User user, PersonMention p) {
        String line = String.join(" · ", Stream.of(p.role(), p.email(), p.phone(), p.linkedin())
                .filter(v -> v != null && !v.isBlank()).toList());
        return line.isEmpty() ? "" : "\n" + line;
    }

    static String firstName(String name) {
        return name == null || name.isBlank() ? "" : name.strip().split("\\s+")[0];
    }
}
