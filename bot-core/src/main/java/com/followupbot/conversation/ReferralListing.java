package com.followupbot.conversation;

import com.followupbot.capture.TextNormalizer;
import com.followupbot.chat.ChatId;
import com.followupbot.referral.Money;
import com.followupbot.referral.Referral;
import com.followupbot.referral.ReferralStatus;
import com.followupbot.referral.Referrals;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "referrals": the Givers Gain ledger, one line per member (given to them, received from them, what
 * closed), then the referrals still open; "referrals Bruno" keeps to one member. "chapter": the members
 * of the user's chapters who use the bot. Only the user's own rows are read.
 */
final class ReferralListing {

    /** Enough for a year of an active member; the ledger reads no further back. */
    private static final int LIMIT = 500;
    private static final int MAX_OPEN_LINES = 10;

    private final Referrals referrals;
    private final UserDirectory users;
    private final ReferralMessages messages;
    private final Replies replies;

    ReferralListing(Referrals referrals, UserDirectory users, ReferralMessages messages, Replies replies) {
        this.referrals = referrals;
        this.users = users;
        this.messages = messages;
        this.replies = replies;
    }

    void referrals(User user, ChatId chat, String args) {
        String partner = stripLead(user, args);
        List<Referral> all = referrals.recent(user.id(), LIMIT).stream()
                .filter(r -> partner.isEmpty() || TextNormalizer.key(r.partnerName()).startsWith(TextNormalizer.key(partner)))
                .toList();
        if (all.isEmpty()) {
            replies.say(user, chat, partner.isEmpty() ? "referrals.none" : "referrals.noneWith", "name", partner);
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(replies.text(user, "referrals.title"));
        byPartner(all).forEach((name, theirs) -> lines.add(ledgerLine(user, name, theirs)));
        List<Referral> open = all.stream().filter(r -> !r.status().isFinal()).toList();
        if (!open.isEmpty()) {
            lines.add(replies.text(user, "referrals.open"));
            open.stream().limit(MAX_OPEN_LINES).forEach(r -> lines.add(openLine(user, r)));
        }
        replies.send(chat, com.followupbot.chat.OutboundMessage.text(String.join("\n", lines)));
    }

    void chapter(User user, ChatId chat) {
        List<User> members = users.chapterMembers(user);
        if (members.isEmpty()) {
            replies.say(user, chat, users.chapters(user).isEmpty() ? "chapter.noGroup" : "chapter.alone");
            return;
        }
        List<User> sorted = members.stream().sorted(java.util.Comparator.comparing(ReferralFlow::fullName)).toList();
        List<String> names = sorted.stream().map(m -> withTrade(m)).toList();
        replies.say(user, chat, "chapter.members", "count", members.size(), "names", String.join(", ", names),
                "first", ReferralMessages.firstName(ReferralFlow.fullName(sorted.get(0))));
    }

    /** "Bruno (web designer)": what a member said they do, for giving first. */
    private String withTrade(User member) {
        String trade = users.trade(member);
        return ReferralFlow.fullName(member) + (trade == null ? "" : " (" + trade + ")");
    }

    private String ledgerLine(User user, String name, List<Referral> theirs) {
        List<Referral> given = theirs.stream().filter(r -> r.side() == Referral.Side.GIVEN).toList();
        List<Referral> received = theirs.stream().filter(r -> r.side() == Referral.Side.RECEIVED).toList();
        boolean linked = theirs.stream().anyMatch(Referral::linked);
        return replies.text(user, "referrals.ledger", "name", name + (linked ? "" : replies.text(user, "referrals.notOnBot")),
                "given", given.size(), "givenClosed", closed(user, given), "received", received.size(),
                "receivedClosed", closed(user, received));
    }

    /** " (1 closed, €2,500)", or nothing when none closed. */
    private String closed(User user, List<Referral> side) {
        List<Referral> closed = side.stream().filter(r -> r.status() == ReferralStatus.CLOSED).toList();
        if (closed.isEmpty()) {
            return "";
        }
        Map<String, BigDecimal> value = new TreeMap<>();
        closed.stream().filter(r -> r.amount() != null)
                .forEach(r -> value.merge(r.currency() == null ? "" : r.currency(), r.amount(), BigDecimal::add));
        return replies.text(user, value.isEmpty() ? "referrals.closedCount" : "referrals.closedValue",
                "count", closed.size(), "amount", Money.format(value, user.speaks()));
    }

    private String openLine(User user, Referral r) {
        return replies.text(user, "referrals.openLine." + r.side(), "prospect", messages.prospect(r),
                "partner", r.partnerName(), "status", messages.status(user, r));
    }

    /** The referrals per member, the member with the most first. */
    private static Map<String, List<Referral>> byPartner(List<Referral> all) {
        Map<String, List<Referral>> groups = new LinkedHashMap<>();
        all.forEach(r -> groups.computeIfAbsent(r.partnerName(), k -> new ArrayList<>()).add(r));
        Map<String, List<Referral>> sorted = new LinkedHashMap<>();
        groups.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** "with Bruno", "con Bruno": the member's name alone. */
    private String stripLead(User user, String args) {
        String rest = args == null ? "" : args.strip();
        for (String lead : replies.text(user, "referrals.withWords").split("\\|")) {
            if (rest.toLowerCase(user.speaks().locale()).startsWith(lead + " ")) {
                return rest.substring(lead.length()).strip();
            }
        }
        return rest;
    }
}
