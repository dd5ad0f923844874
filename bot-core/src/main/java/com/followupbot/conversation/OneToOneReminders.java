package com.followupbot.conversation;

import com.followupbot.capture.EventPhrase;

import com.followupbot.Transactions;
import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.Meeting;
import com.followupbot.chat.ChatId;
import com.followupbot.followup.OneToOne;
import com.followupbot.followup.OneToOnes;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder the morning of a booked one-to-one: who, when, and where you met (with the brief when there was
 * no day before to send it); and, through {@link OneToOneBriefs} and {@link OneToOneCheckIns}, the brief and
 * the question afterwards. Claimed with SKIP
 * LOCKED and marked in the same transaction, so with several instances each goes out once.
 */
public final class OneToOneReminders {

    private static final Logger log = LoggerFactory.getLogger(OneToOneReminders.class);

    private final Transactions transactions;
    private final OneToOnes oneToOnes;
    private final UserDirectory users;
    private final ContactBook contacts;
    private final Replies replies;
    private final DateWords dates;
    private final Clock clock;
    private final OneToOneBriefs briefs;
    private final OneToOneCheckIns checkIns;

    OneToOneReminders(Transactions transactions, OneToOnes oneToOnes, UserDirectory users, ContactBook contacts,
                      Replies replies, Clock clock, OneToOneBriefs briefs, OneToOneCheckIns checkIns) {
        this.briefs = briefs;
        this.checkIns = checkIns;
        this.transactions = transactions;
        this.oneToOnes = oneToOnes;
        this.users = users;
        this.contacts = contacts;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
        this.clock = clock;
    }

    /** Sends what is due now of every one-to-one (briefs, reminders, questions afterwards); returns how many. */
    public int sendDue() {
        return briefs.sendDue() + sendDueReminders() + checkIns.sendDue();
    }

    private int sendDueReminders() {
        return ScheduledSweep.run(transactions, oneToOnes::claimDueReminders, this::remind, oneToOnes::reminded);
    }

    private ScheduledOutcome remind(OneToOne meeting) {
        User user = users.byId(meeting.userId());
        Optional<Contact> contact = contacts.find(user.id(), meeting.contactId());
        // a reminder after the meeting started (the bot was down) would only confuse
        if (user.privateChatId() == null || user.blockedAt() != null || contact.isEmpty()
                || !meeting.startsAt().isAfter(clock.instant())) {
            return ScheduledOutcome.NOT_SENT;
        }
        Contact c = contact.get();
        String met = contacts.meetingsWith(user.id(), c.id()).stream().reduce((a, b) -> b).map(m -> metLine(user, m)).orElse("");
        String reminder = replies.text(user, "reminder.oneToOne",
                "when", dates.schedule(user.speaks(), meeting.startsAt(), clock.instant().atZone(user.zone())),
                "name", c.fullName(), "company", c.company() == null ? "" : " (" + c.company() + ")", "met", met);
        // booked too late for a brief the day before: the reminder carries it
        String text = meeting.briefInReminder(user.zone()) ? reminder + "\n" + briefs.body(user, c, met.isEmpty()) : reminder;
        return ScheduledOutcome.of(() -> {
            replies.send(ChatId.privateChat(user.privateChatId()), com.followupbot.chat.OutboundMessage.text(text));
            return true;
        }, log, "one-to-one reminder", user.id());
    }

    private String metLine(User user, Meeting first) {
        String event = EventPhrase.of(first.rawText(), first.event(),
                first.event() == null ? "" : replies.text(user, "event.fallback", "event", first.event()));
        String note = first.note() == null ? "" : " — “" + first.note() + "”";
        return replies.text(user, "reminder.met", "event", event, "day", dates.day(user.speaks(), first.metOn()), "note", note);
    }
}
