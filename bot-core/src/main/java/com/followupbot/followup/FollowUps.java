package com.followupbot.followup;

import com.followupbot.followup.internal.StepDao;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reads and answers a user's follow-up steps. A closed step stays closed: answering twice changes nothing. */
public final class FollowUps {

    private final Jdbi jdbi;
    private final Clock clock;

    public FollowUps(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<FollowUpStep> find(long userId, long stepId) {
        return jdbi.withExtension(StepDao.class, dao -> dao.find(userId, stepId));
    }

    public List<FollowUpStep> ofContact(long userId, long contactId) {
        return jdbi.withExtension(StepDao.class, dao -> dao.ofContact(userId, contactId));
    }

    /** Open steps due before the end of the user's day: what "today" lists. */
    public List<FollowUpStep> dueToday(User user) {
        ZonedDateTime now = clock.instant().atZone(user.zone());
        Instant endOfDay = now.toLocalDate().plusDays(1).atStartOfDay(user.zone()).toInstant();
        return jdbi.withExtension(StepDao.class, dao -> dao.openDueBefore(user.id(), endOfDay, 50));
    }

    public List<FollowUpStep> upcoming(User user, int limit) {
        return jdbi.withExtension(StepDao.class, dao -> dao.upcoming(user.id(), clock.instant(), limit));
    }

    /** Marks an open step done; returns the step as it now is, or empty if it was already closed. */
    public Optional<FollowUpStep> done(long userId, long stepId) {
        return close(userId, stepId, StepState.DONE, false, null);
    }

    public Optional<FollowUpStep> skip(long userId, long stepId) {
        return close(userId, stepId, StepState.SKIPPED, false, null);
    }

    /** Closes the call step with a one-to-one booked, at {@code when} if known. */
    public Optional<FollowUpStep> booked(long userId, long stepId, Instant when) {
        return close(userId, stepId, StepState.DONE, true, when);
    }

    /** Records the date of a one-to-one booked earlier. */
    public void bookedFor(long userId, long stepId, Instant when) {
        jdbi.useExtension(StepDao.class, dao -> dao.find(userId, stepId).ifPresent(step ->
                dao.changeState(userId, stepId, step.state().name(), step.closedAt(), null, true, when)));
    }

    /** Snoozes an open step; it is prompted again at the returned time, moved into working hours. */
    public Optional<FollowUpStep> snooze(User user, long stepId, Duration length) {
        return jdbi.inTransaction(handle -> {
            StepDao dao = handle.attach(StepDao.class);
            Optional<FollowUpStep> step = dao.lock(user.id(), stepId).filter(s -> s.state().isOpen());
            step.ifPresent(s -> {
                ZonedDateTime now = clock.instant().atZone(user.zone());
                Instant until = FollowUpPlanner.snoozedUntil(now, length, user.workingHours()).toInstant();
                dao.changeState(user.id(), stepId, StepState.SNOOZED.name(), null, until, false, null);
            });
            return step.flatMap(s -> dao.find(user.id(), stepId));
        });
    }

    public void attachPrompt(long userId, long stepId, String chatId, String messageId) {
        jdbi.useExtension(StepDao.class, dao -> dao.attachPrompt(userId, stepId, chatId, messageId, clock.instant()));
    }

    private Optional<FollowUpStep> close(long userId, long stepId, StepState state, boolean booked, Instant bookedFor) {
        return jdbi.inTransaction(handle -> {
            StepDao dao = handle.attach(StepDao.class);
            Optional<FollowUpStep> open = dao.lock(userId, stepId).filter(s -> s.state().isOpen());
            open.ifPresent(s -> dao.changeState(userId, stepId, state.name(), clock.instant(), null, booked, bookedFor));
            return open.flatMap(s -> dao.find(userId, stepId));
        });
    }
}
