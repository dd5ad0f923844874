package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.EventPhrase;
import com.followupbot.capture.Meeting;
import com.followupbot.capture.TextNormalizer;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.OneToOne;
import com.followupbot.followup.OneToOnes;
import com.followupbot.referral.Referral;
import com.followupbot.referral.Referrals;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prep brief of a one-to-one, the working day before (or in the morning reminder when it was booked
 * too late for one): how and when you met, what they said they are looking for, the referrals open
 * between you when they are a chapter member, and your own ask, so the meeting ends with a specific request.
 * Claimed with SKIP LOCKED and marked in the same transaction, like the reminders.
 */
final class OneToOneBriefs {

    private static final Logger log = LoggerFactory.getLogger(OneToOneBriefs.class);
    private static final int MAX_NOTES = 3;
    private static final int MAX_REFERRALS = 200;

    private final Transactions transactions;
    private final OneToOnes oneToOnes;
    private final UserDirectory users;
    private final ContactBook contacts;
    private final Referrals referrals;
    private final MyAsks asks;
    private final Replies replies;
    private final DateWords dates;
    private final Clock clock;

    OneToOneBriefs(Transactions transactions, OneToOnes oneToOnes, UserDirectory users, ContactBook contacts,
                   Referrals referrals, MyAsks asks, Replies replies, Clock clock) {
        this.transactions = transactions;
        this.oneToOnes = oneToOnes;
        this.users = users;
        this.contacts = contacts;
        this.referrals = referrals;
        this.asks = asks;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
        this.clock = clock;
    }

    /** Sends the briefs due now; returns how many. */
    int sendDue() {
        return ScheduledSweep.run(transactions, oneToOnes::claimDueBriefs, this::send, oneToOnes::briefed);
    }

    private ScheduledOutcome send(OneToOne meeting) {
        User user = users.byId(meeting.userId());
        Optional<Contact> contact = contacts.find(user.id(), meeting.contactId());
        // on the day itself (the bot was down) the morning reminder carries the brief instead
        boolean onTheDay = !clock.instant().atZone(user.zone()).toLocalDate().isBefore(meeting.startsAt().atZone(user.zone()).toLocalDate());
        if (user.privateChatId() == null || user.blockedAt() != null || contact.isEmpty() || onTheDay) {
            return ScheduledOutcome.NOT_SENT;
        }
        Contact c = contact.get();
        String header = replies.text(user, "brief.header",
                "when", dates.schedule(user.speaks(), meeting.startsAt(), clock.instant().atZone(user.zone())),
                "name", c.fullName(), "company", c.company() == null ? "" : " (" + c.company() + ")");
        return ScheduledOutcome.of(() -> {
            replies.send(ChatId.privateChat(user.privateChatId()), OutboundMessage.text(header + "\n" + body(user, c, true)));
            return true;
        }, log, "one-to-one brief", user.id());
    }

    /** The brief's lines; {@code withMeeting}: with how you met (the morning reminder says it already). */
    String body(User user, Contact c, boolean withMeeting) {
        List<Meeting> met = contacts.meetingsWith(user.id(), c.id()); // newest first
        List<String> lines = new ArrayList<>();
        if (withMeeting) {
            lines.add(met.isEmpty() ? replies.text(user, "brief.metNone", "first", c.firstName()) : metLine(user, c, met.get(met.size() - 1)));
        }
        lines.add(notes(user, c, met));
        referralLine(user, c).ifPresent(lines::add);
        lines.add(asks.inBrief(user));
        return String.join("\n", lines);
    }

    private String metLine(User user, Contact c, Meeting first) {
        String day = dates.day(user.speaks(), first.metOn());
        if (first.visit()) {
            return replies.text(user, "brief.visited", "first", c.firstName(), "day", day);
        }
        String event = EventPhrase.of(first.rawText(), first.event(),
                first.event() == null ? "" : replies.text(user, "event.fallback", "event", first.event()));
        return replies.text(user, "brief.met", "event", event, "day", day);
    }

    /** What they said: the meetings' notes, newest first, and the contact's own notes. */
    private String notes(User user, Contact c, List<Meeting> met) {
        Set<String> notes = new LinkedHashSet<>();
        met.stream().map(Meeting::note).filter(n -> n != null && !n.isBlank()).forEach(notes::add);
        if (c.notes() != null && !c.notes().isBlank()) {
            notes.add(c.notes());
        }
        if (notes.isEmpty()) {
            return replies.text(user, "brief.notesNone", "first", c.firstName());
        }
        String said = notes.stream().limit(MAX_NOTES).map(n -> "“" + n + "”").collect(Collectors.joining("; "));
        return replies.text(user, "brief.notes", "first", c.firstName(), "notes", said);
    }

    /**
     * The referrals still open with them, both ways: when they are a chapter member (by the member's name),
     * or a referral names them as the partner. None when they are neither.
     */
    private Optional<String> referralLine(User user, Contact c) {
        String key = TextNormalizer.key(c.fullName());
        Optional<User> member = users.chapterMembers(user).stream()
                .filter(m -> m.id() != user.id() && m.displayName() != null && TextNormalizer.key(m.displayName()).equals(key))
                .findFirst();
        List<Referral> theirs = referrals.recent(user.id(), MAX_REFERRALS).stream()
                .filter(r -> member.isPresent() && member.get().id() == (r.partnerUserId() == null ? -1 : r.partnerUserId())
                        || TextNormalizer.key(r.partnerName()).equals(key))
                .toList();
        if (member.isEmpty() && theirs.isEmpty()) {
            return Optional.empty();
        }
        List<Referral> open = theirs.stream().filter(r -> !r.status().isFinal()).toList();
        if (open.isEmpty()) {
            return Optional.of(replies.text(user, "brief.referralsNone", "first", c.firstName()));
        }
        return Optional.of(replies.text(user, "brief.referrals", "first", c.firstName(),
                "given", prospects(user, open, Referral.Side.GIVEN), "received", prospects(user, open, Referral.Side.RECEIVED)));
    }

    private String prospects(User user, List<Referral> open, Referral.Side side) {
        String names = open.stream().filter(r -> r.side() == side).map(r -> r.prospect().name()).collect(Collectors.joining(", "));
        return names.isEmpty() ? replies.text(user, "brief.referrals.nothing") : names;
    }
}
