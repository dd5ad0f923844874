package com.followupbot.followup;

import com.followupbot.followup.internal.OneToOneDao;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Booked one-to-ones: recorded with a reminder the morning of the day, listed in today, upcoming and who is. */
public final class OneToOnes {

    /** Booked closer than this to its start, the user needs no reminder: they just arranged it. */
    static final Duration NO_REMINDER_WITHIN = Duration.ofHours(3);
    /** A one-to-one before working hours is reminded this long before it starts. */
    static final Duration EARLY_REMINDER = Duration.ofHours(1);

    private final Jdbi jdbi;
    private final Clock clock;

    public OneToOnes(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public OneToOne book(User user, long contactId, Long stepId, Instant startsAt) {
        Instant remindAt = remindAt(user, startsAt, clock.instant());
        return jdbi.withExtension(OneToOneDao.class, dao -> {
            long id = dao.insert(user.id(), contactId, stepId, startsAt, remindAt, clock.instant());
            return dao.find(user.id(), id).orElseThrow();
        });
    }

    public Optional<OneToOne> ofStep(long userId, long stepId) {
        return jdbi.withExtension(OneToOneDao.class, dao -> dao.ofStep(userId, stepId));
    }

    public List<OneToOne> ofContact(long userId, long contactId) {
        return jdbi.withExtension(OneToOneDao.class, dao -> dao.ofContact(userId, contactId));
    }

    /** One-to-ones starting in [from, to), earliest first. */
    public List<OneToOne> between(long userId, Instant from, Instant to, int limit) {
        return jdbi.withExtension(OneToOneDao.class, dao -> dao.between(userId, from, to, limit));
    }

    public boolean cancel(long userId, long id) {
        return jdbi.withExtension(OneToOneDao.class, dao -> dao.delete(userId, id)) == 1;
    }

    /** Puts back the one-to-ones of a contact whose forgetting is undone. */
    public void reinstate(List<OneToOne> meetings) {
        jdbi.useExtension(OneToOneDao.class, dao -> meetings.forEach(dao::reinsert));
    }

    /** Claims the reminders due now (call inside a transaction: the rows stay locked until it ends). */
    public List<OneToOne> claimDueReminders(int limit) {
        return jdbi.withExtension(OneToOneDao.class, dao -> dao.claimDueReminders(clock.instant(), limit));
    }

    public void reminded(OneToOne meeting) {
        jdbi.useExtension(OneToOneDao.class, dao -> dao.reminded(meeting.userId(), meeting.id(), clock.instant()));
    }

    /**
     * The morning of the day, at the start of the user's working hours (or an hour before it starts, when
     * that is earlier); none when it is booked only a few hours ahead.
     */
    static Instant remindAt(User user, Instant startsAt, Instant now) {
        if (Duration.between(now, startsAt).compareTo(NO_REMINDER_WITHIN) < 0) {
            return null;
        }
        ZonedDateTime starts = startsAt.atZone(user.zone());
        LocalTime morning = user.workingHours().start();
        ZonedDateTime remind = starts.toLocalDate().atTime(morning).atZone(user.zone());
        if (!remind.isBefore(starts.minus(EARLY_REMINDER))) {
            remind = starts.minus(EARLY_REMINDER);
        }
        return remind.toInstant().isBefore(now) ? now : remind.toInstant();
    }
}
