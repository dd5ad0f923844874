package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.OneToOne;
import com.followupbot.followup.OneToOnes;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "How did your one-to-one with Marco go? Any referral to give?" some hours after it started, with
 * [Give Marco a referral] [Went well] [Didn't happen]; the answer is stored with the one-to-one and
 * journaled, and a one-to-one that did not happen is offered again. Claimed like the reminders.
 */
final class OneToOneCheckIns {

    private static final Logger log = LoggerFactory.getLogger(OneToOneCheckIns.class);

    static final String REFERRAL = "referral";
    static final String WELL = "well";
    static final String MISSED = "missed";

    private final Transactions transactions;
    private final OneToOnes oneToOnes;
    private final UserDirectory users;
    private final ContactBook contacts;
    private final UserActions journal;
    private final OneToOneBooking booking;
    private final Buttons buttons;
    private final Replies replies;

    OneToOneCheckIns(Transactions transactions, OneToOnes oneToOnes, UserDirectory users, ContactBook contacts,
                     UserActions journal, OneToOneBooking booking, Buttons buttons, Replies replies) {
        this.transactions = transactions;
        this.oneToOnes = oneToOnes;
        this.users = users;
        this.contacts = contacts;
        this.journal = journal;
        this.booking = booking;
        this.buttons = buttons;
        this.replies = replies;
    }

    /** Asks about the one-to-ones due now; returns how many questions went out. */
    int sendDue() {
        return ScheduledSweep.run(transactions, oneToOnes::claimDueQuestions, this::ask, oneToOnes::asked);
    }

    private ScheduledOutcome ask(OneToOne meeting) {
        User user = users.byId(meeting.userId());
        Optional<Contact> contact = contacts.find(user.id(), meeting.contactId());
        if (user.privateChatId() == null || user.blockedAt() != null || contact.isEmpty() || meeting.outcome() != null) {
            return ScheduledOutcome.NOT_SENT;
        }
        Contact c = contact.get();
        return ScheduledOutcome.of(() -> {
            List<Button> row = List.of(
                    buttons.make(user.id(), replies.text(user, "button.oneToOne.referral", "first", c.firstName()),
                            ButtonAction.ONE_TO_ONE_REFERRAL, meeting.id()),
                    buttons.make(user.id(), replies.text(user, "button.oneToOne.well"), ButtonAction.ONE_TO_ONE_WELL, meeting.id()),
                    buttons.make(user.id(), replies.text(user, "button.oneToOne.missed"), ButtonAction.ONE_TO_ONE_MISSED, meeting.id()));
            replies.send(ChatId.privateChat(user.privateChatId()), new OutboundMessage(
                    replies.text(user, "oneToOne.howDidItGo", "name", c.fullName()), List.of(row)));
            return true;
        }, log, "one-to-one question", user.id());
    }

    /** A press on the question: the outcome is stored once, the question becomes the answer. */
    String answered(User user, Inbound.Press press, long oneToOneId, String outcome) {
        Optional<OneToOne> meeting = oneToOnes.find(user.id(), oneToOneId);
        Optional<Contact> contact = meeting.flatMap(m -> contacts.find(user.id(), m.contactId()));
        if (contact.isEmpty()) {
            return "toast.expired";
        }
        boolean stored = transactions.inOne(() -> {
            boolean first = oneToOnes.answer(user.id(), oneToOneId, outcome);
            if (first) {
                journal.record(user.id(), new UserAction.OneToOneAnswered(oneToOneId, contact.get().id(), outcome));
            }
            return first;
        });
        buttons.retire(user.id(), oneToOneId, ButtonAction.ONE_TO_ONE_REFERRAL, ButtonAction.ONE_TO_ONE_WELL,
                ButtonAction.ONE_TO_ONE_MISSED);
        if (!stored) {
            return "toast.alreadyAnswered";
        }
        Contact c = contact.get();
        replies.edit(press.message(), OutboundMessage.text(replies.text(user, "oneToOne.answered." + outcome, "name", c.fullName())));
        switch (outcome) {
            case REFERRAL -> replies.say(user, press.chat(), "oneToOne.giveReferral", "first", c.firstName());
            case MISSED -> booking.askDate(user, press.chat(), c, "oneToOne.rebook");
            default -> replies.say(user, press.chat(), "oneToOne.wentWell", "first", c.firstName());
        }
        return "toast.saved";
    }
}
