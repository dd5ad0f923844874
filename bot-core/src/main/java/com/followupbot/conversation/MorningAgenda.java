package com.followupbot.conversation;

import com.followupbot.capture.ContactBook;
import com.followupbot.chat.ChatId;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import com.followupbot.user.internal.UserDao;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each user's morning agenda ("Good morning! Today: …") at their chosen local time on working days.
 * A sweep (run by a calendar job every minute) claims due users with SKIP LOCKED, so with several
 * instances each agenda goes out once; days with nothing due send nothing.
 */
public final class MorningAgenda {

    private static final Logger log = LoggerFactory.getLogger(MorningAgenda.class);
    private static final int BATCH = 100;
    private static final java.time.Duration MAX_LATENESS = java.time.Duration.ofHours(2);

    private final Jdbi jdbi;
    private final UserDirectory users;
    private final FollowUps followUps;
    private final Buttons buttons;
    private final Replies replies;
    private final StepListing listing;
    private final Clock clock;

    public MorningAgenda(Jdbi jdbi, UserDirectory users, FollowUps followUps, ContactBook contacts, Buttons buttons,
                         Replies replies, Clock clock) {
        this.jdbi = jdbi;
        this.users = users;
        this.followUps = followUps;
        this.buttons = buttons;
        this.replies = replies;
        this.listing = new StepListing(contacts, replies, clock);
        this.clock = clock;
    }

    /** Sends every agenda due now; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        int claimed;
        do {
            int[] round = jdbi.inTransaction(handle -> {
                Instant now = clock.instant();
                List<Long> due = handle.attach(UserDao.class).claimDueAgendas(now, BATCH);
                int count = 0;
                for (long userId : due) {
                    count += sendOne(users.byId(userId)) ? 1 : 0;
                    User user = users.byId(userId);
                    handle.attach(UserDao.class).updateNextAgenda(userId,
                            user.agendaTime() == null ? null : nextAfter(user, now));
                }
                return new int[] {due.size(), count};
            });
            claimed = round[0];
            sent += round[1];
        } while (claimed == BATCH);
        return sent;
    }

    private boolean sendOne(User user) {
        if (user.privateChatId() == null || user.blockedAt() != null || isStale(user)) {
            return false;
        }
        List<FollowUpStep> due = followUps.dueToday(user);
        if (due.isEmpty()) {
            return false;
        }
        try {
            replies.send(ChatId.privateChat(user.privateChatId()), replies.text(user, "agenda.text",
                    "steps", listing.inline(user, due), "count", due.size()), List.of(List.of(
                    buttons.make(user.id(), replies.text(user, "button.showAll"), ButtonAction.AGENDA_SHOW_ALL, null))));
            return true;
        } catch (RuntimeException e) {
            log.warn("morning agenda for user {} not delivered: {}", user.id(), e.toString());
            return false;
        }
    }

    /** A "good morning" hours late (the bot was down) is noise: skip it, the prompts still come. */
    private boolean isStale(User user) {
        java.time.LocalTime local = clock.instant().atZone(user.zone()).toLocalTime();
        return user.agendaTime() == null || local.isAfter(user.agendaTime().plus(MAX_LATENESS))
                || local.isBefore(user.agendaTime());
    }

    private static Instant nextAfter(User user, Instant now) {
        return UserDirectory.nextAgenda(user, now);
    }
}
