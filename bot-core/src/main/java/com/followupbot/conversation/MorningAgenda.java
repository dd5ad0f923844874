package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOne;
import com.followupbot.followup.OneToOnes;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each user's morning agenda ("Good morning! Today: …") at their chosen local time on working days,
 * with a button per step that opens its prompt (draft and answers) and "Show all". A sweep (a calendar
 * job every minute) claims due users with SKIP LOCKED and moves each one's next agenda on once it is
 * sent, in the claim's transaction: an instance that dies mid-batch leaves the unsent agendas due for
 * another (at least once, like the prompts), and with several instances each goes out once. Days with
 * nothing due send nothing.
 */
public final class MorningAgenda {

    private static final Logger log = LoggerFactory.getLogger(MorningAgenda.class);
    private static final Duration MAX_LATENESS = Duration.ofHours(2);

    private final Transactions transactions;
    private final UserDirectory users;
    private final FollowUps followUps;
    private final OneToOnes oneToOnes;
    private final CommandFlow commands;
    private final Buttons buttons;
    private final Replies replies;
    private final StepListing listing;
    private final Clock clock;

    MorningAgenda(Transactions transactions, UserDirectory users, FollowUps followUps, OneToOnes oneToOnes, CommandFlow commands, Buttons buttons,
                  Replies replies, StepListing listing, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.followUps = followUps;
        this.oneToOnes = oneToOnes;
        this.commands = commands;
        this.buttons = buttons;
        this.replies = replies;
        this.listing = listing;
        this.clock = clock;
    }

    /** Sends every agenda due now; returns how many were sent. */
    public int sendDue() {
        return ScheduledSweep.run(transactions, users::claimDueAgendas, this::sendOne,
                user -> users.agendaSent(user, clock.instant()));
    }

    private ScheduledOutcome sendOne(User user) {
        if (user.privateChatId() == null || user.blockedAt() != null || isStale(user)) {
            return ScheduledOutcome.NOT_SENT;
        }
        List<FollowUpStep> due = followUps.dueToday(user);
        List<OneToOne> meetings = today(user);
        if (due.isEmpty() && meetings.isEmpty()) {
            return ScheduledOutcome.NOT_SENT;
        }
        return ScheduledOutcome.of(() -> {
            List<List<Button>> rows = new ArrayList<>(commands.openButtons(user, due));
            if (!due.isEmpty()) {
                rows.add(List.of(buttons.make(user.id(), replies.text(user, "button.showAll"), ButtonAction.AGENDA_SHOW_ALL, null)));
            }
            replies.send(ChatId.privateChat(user.privateChatId()), replies.text(user, "agenda.text",
                    "steps", listing.inline(user, due, meetings), "count", due.size()), rows);
            return true;
        }, log, "morning agenda", user.id());
    }

    private List<OneToOne> today(User user) {
        ZonedDateTime now = clock.instant().atZone(user.zone());
        Instant end = now.toLocalDate().plusDays(1).atStartOfDay(user.zone()).toInstant();
        return oneToOnes.between(user.id(), now.toInstant(), end, 20);
    }

    /** A "good morning" hours late (the bot was down) is noise: skip it, the prompts still come. */
    private boolean isStale(User user) {
        LocalTime local = clock.instant().atZone(user.zone()).toLocalTime();
        return user.agendaTime() == null || local.isAfter(user.agendaTime().plus(MAX_LATENESS))
                || local.isBefore(user.agendaTime());
    }
}
