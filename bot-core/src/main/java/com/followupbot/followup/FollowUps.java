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

/**
 * Reads and answers a user's follow-up steps. A closed step stays closed: answering twice changes nothing.
 * Called inside another feature's transaction (a capture, an undo), each method joins it: Jdbi hands
 * nested calls on one thread the same handle.
 */
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

    public List<FollowUpStep> ofMeeting(long userId, long meetingId) {
        return jdbi.withExtension(StepDao.class, dao -> dao.ofMeeting(userId, meetingId));
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

    /**
     * Plans the 24/7/30 steps of a contact met at {@code metAt}, unless they already have a plan (a
     * person met again keeps theirs). A step already due is offered in the capture's confirmation
     * (prompted, without a message) instead of firing at once.
     */
    public void planIfNone(User user, long contactId, long meetingId, ZonedDateTime metAt) {
        planIfNone(user, contactId, meetingId, metAt, false);
    }

    /**
     * The same for a plan of one kind: a visitor's plan ({@code visit}) unless they have one, whatever 24/7/30
     * steps they have, and the other way round.
     */
    public void planIfNone(User user, long contactId, long meetingId, ZonedDateTime metAt, boolean visit) {
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            StepDao steps = handle.attach(StepDao.class);
            if (steps.ofContact(user.id(), contactId).stream().anyMatch(s -> s.kind().visit() == visit)) {
                return;
            }
            for (StepKind kind : StepKind.plan(visit)) {
                Instant due = FollowUpPlanner.dueAt(kind, metAt, user.workingHours()).toInstant();
                StepState state = due.isAfter(now) ? StepState.PENDING : StepState.PROMPTED;
                steps.insert(user.id(), contactId, meetingId, kind.name(), state.name(), due, now);
            }
        });
    }

    /** Moves the not-yet-prompted steps of a meeting to a new meeting time (its date was corrected). */
    public void replanPending(User user, long meetingId, ZonedDateTime metAt) {
        jdbi.useTransaction(handle -> {
            StepDao steps = handle.attach(StepDao.class);
            for (FollowUpStep step : steps.ofMeeting(user.id(), meetingId)) {
                if (step.state() == StepState.PENDING) {
                    steps.reschedule(user.id(), step.id(),
                            FollowUpPlanner.dueAt(step.kind(), metAt, user.workingHours()).toInstant());
                }
            }
        });
    }

    /** Marks an open step done; returns the step as it now is, or empty if it was already closed. */
    public Optional<FollowUpStep> done(long userId, long stepId) {
        return close(userId, stepId, StepState.DONE, false, null);
    }

    public Optional<FollowUpStep> skip(long userId, long stepId, String reason) {
        return close(userId, stepId, StepState.SKIPPED, false, reason);
    }

    /** Closes the call step with a one-to-one booked (its date, if known, is a {@link OneToOnes} row). */
    public Optional<FollowUpStep> booked(long userId, long stepId) {
        return close(userId, stepId, StepState.DONE, true, null);
    }

    /** Snoozes an open step for {@code length}; it is prompted again then, moved into working hours. */
    public Optional<FollowUpStep> snooze(User user, long stepId, Duration length) {
        ZonedDateTime now = clock.instant().atZone(user.zone());
        return snoozeUntil(user, stepId, now.plus(length), null);
    }

    /** Snoozes an open step until {@code until} (moved into working hours), noting why if {@code note} is given. */
    public Optional<FollowUpStep> snoozeUntil(User user, long stepId, ZonedDateTime until, String note) {
        Instant at = user.workingHours().nextSlot(until.withZoneSameInstant(user.zone())).toInstant();
        return jdbi.inTransaction(handle -> {
            StepDao dao = handle.attach(StepDao.class);
            Optional<FollowUpStep> step = dao.lock(user.id(), stepId).filter(s -> s.state().isOpen());
            step.ifPresent(s -> dao.changeState(user.id(), stepId, StepState.SNOOZED.name(), null, at, false, note));
            return step.flatMap(s -> dao.find(user.id(), stepId));
        });
    }

    /**
     * Puts a step back as it was before an answer, if nothing changed it since ({@code after} is how the
     * answer left it); true when restored.
     */
    public boolean restore(FollowUpStep before, FollowUpStep after) {
        return jdbi.inTransaction(handle -> {
            StepDao dao = handle.attach(StepDao.class);
            Optional<FollowUpStep> now = dao.lock(before.userId(), before.id());
            if (now.isEmpty() || !sameAnswer(now.get(), after)) {
                return false;
            }
            return dao.restore(before) == 1;
        });
    }

    /** Puts back the steps of a contact whose forgetting is undone, with their own ids. */
    public void reinstate(List<FollowUpStep> steps) {
        jdbi.useExtension(StepDao.class, dao -> steps.forEach(dao::reinsert));
    }

    /** Shows a step as its own prompt now; false when it is closed or being delivered by the dispatcher. */
    public boolean openAsPrompt(long userId, long stepId, String chatId, String messageId) {
        return jdbi.withExtension(StepDao.class, dao -> dao.openAsPrompt(userId, stepId, chatId, messageId, clock.instant())) == 1;
    }

    public void attachPrompt(long userId, long stepId, String chatId, String messageId) {
        jdbi.useExtension(StepDao.class, dao -> dao.attachPrompt(userId, stepId, chatId, messageId, clock.instant()));
    }

    private Optional<FollowUpStep> close(long userId, long stepId, StepState state, boolean booked, String note) {
        return jdbi.inTransaction(handle -> {
            StepDao dao = handle.attach(StepDao.class);
            Optional<FollowUpStep> open = dao.lock(userId, stepId).filter(s -> s.state().isOpen());
            open.ifPresent(s -> dao.changeState(userId, stepId, state.name(), clock.instant(), null, booked, note));
            return open.flatMap(s -> dao.find(userId, stepId));
        });
    }

    private static boolean sameAnswer(FollowUpStep a, FollowUpStep b) {
        return a.state() == b.state() && a.dueAt().equals(b.dueAt()) && a.booked() == b.booked()
                && java.util.Objects.equals(a.closedAt(), b.closedAt());
    }
}
