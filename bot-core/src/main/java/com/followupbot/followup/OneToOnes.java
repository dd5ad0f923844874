package com.followupbot.followup;

import com.followupbot.followup.internal.OneToOneDao;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Booked one-to-ones: recorded with a brief the working day before, a reminder the morning of the day and a
 * question some hours after the start; listed in today, upcoming and who is.
 */
public final class OneToOnes {

    /** Booked closer than this to its start, the user needs no reminder: they just arranged it. */
    static final Duration NO_REMINDER_WITHIN = Duration.ofHours(3);
    /** A one-to-one before working hours is reminded this long before it starts. */
    static final Duration EARLY_REMINDER = Duration.ofHours(1);
    /** "How did it go?" comes this long after the start (moved into working hours). */
    static final Duration ASK_AFTER = Duration.ofHours(2);
    /** A one-to-one after a long weekend is briefed on the last working day before it, at most this far back. */
    private static final int BRIEF_DAYS_BACK = 7;

    private final Jdbi jdbi;
    private final Clock clock;

    public OneToOnes(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public OneToOne book(User user, long contactId, Long stepId, Instant startsAt) {
        Instant now = clock.instant();
        Instant remindAt = remindAt(user, startsAt, now);
        Instant briefAt = remindAt == null ? null : briefAt(user, startsAt, now);
        Instant askAt = askAt(user, startsAt, now);
        return jdbi.withExtension(OneToOneDao.class, dao -> {
            long id = dao.insert(user.id(), contactId, stepId, startsAt, remindAt, now, briefAt, askAt);
            return dao.find(user.id(), id).orElseThrow();
        });
    }

    public Optional<OneToOne> find(long userId, long id) {
        return jdbi.withExtension(OneToOneDao.class, dao -> dao.find(userId, id));
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

    /** Claims the briefs due now (inside a transaction, like the reminders). */
    public List<OneToOne> claimDueBriefs(int limit) {
        return jdbi.withExtension(OneToOneDao.class, dao -> dao.claimDueBriefs(clock.instant(), limit));
    }

    public void briefed(OneToOne meeting) {
        jdbi.useExtension(OneToOneDao.class, dao -> dao.briefed(meeting.userId(), meeting.id(), clock.instant()));
    }

    /** Claims the "How did it go?" questions due now (inside a transaction, like the reminders). */
    public List<OneToOne> claimDueQuestions(int limit) {
        return jdbi.withExtension(OneToOneDao.class, dao -> dao.claimDueQuestions(clock.instant(), limit));
    }

    public void asked(OneToOne meeting) {
        jdbi.useExtension(OneToOneDao.class, dao -> dao.asked(meeting.userId(), meeting.id(), clock.instant()));
    }

    /** Records the answer to "How did it go?"; false when it was already answered. */
    public boolean answer(long userId, long id, String outcome) {
        return jdbi.withExtension(OneToOneDao.class, dao -> dao.answer(userId, id, outcome)) == 1;
    }

    /** Takes an answer back (undo). */
    public void clearOutcome(long userId, long id) {
        jdbi.useExtension(OneToOneDao.class, dao -> dao.clearOutcome(userId, id));
    }

    /**
     * The start of the last working day before the one-to-one's day; none when that moment has passed
     * (booked less than about a day ahead: the morning reminder then carries the brief).
     */
    static Instant briefAt(User user, Instant startsAt, Instant now) {
        ZonedDateTime starts = startsAt.atZone(user.zone());
        LocalDate day = starts.toLocalDate().minusDays(1);
        for (int back = 1; back < BRIEF_DAYS_BACK && !user.workingHours().isWorkingDay(day); back++) {
            day = day.minusDays(1);
        }
        Instant brief = day.atTime(user.workingHours().start()).atZone(user.zone()).toInstant();
        return brief.isAfter(now) ? brief : null;
    }

    /** Some hours after the start, moved into working hours; at once for one that already took place. */
    static Instant askAt(User user, Instant startsAt, Instant now) {
        Instant ask = user.workingHours().nextSlot(startsAt.plus(ASK_AFTER).atZone(user.zone())).toInstant();
        return ask.isBefore(now) ? now : ask;
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
