package com.followupbot.capture;

import com.followupbot.capture.internal.ContactDao;
import com.followupbot.capture.internal.MeetingDao;
import com.followupbot.followup.FollowUpPlanner;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.StepState;
import com.followupbot.followup.internal.StepDao;
import com.followupbot.user.User;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Fixes and undoes logged meetings. */
public final class MeetingEdits {

    private final Jdbi jdbi;

    public MeetingEdits(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<Meeting> latest(long userId) {
        return jdbi.withExtension(MeetingDao.class, dao -> dao.latest(userId));
    }

    public Optional<Meeting> find(long userId, long meetingId) {
        return jdbi.withExtension(MeetingDao.class, dao -> dao.find(userId, meetingId));
    }

    public List<Contact> contacts(long userId, long meetingId) {
        return jdbi.withHandle(handle -> handle.attach(MeetingDao.class).contactIds(userId, meetingId).stream()
                .map(id -> handle.attach(ContactDao.class).find(userId, id).orElseThrow())
                .toList());
    }

    public List<FollowUpStep> steps(long userId, long meetingId) {
        return jdbi.withExtension(StepDao.class, dao -> dao.ofMeeting(userId, meetingId));
    }

    public void confirm(long userId, long meetingId) {
        jdbi.useExtension(MeetingDao.class, dao -> dao.confirm(userId, meetingId));
    }

    public void changeEvent(Meeting m, String event) {
        jdbi.useExtension(MeetingDao.class, dao -> dao.update(m.userId(), m.id(), event, m.metOn(), m.metAt(),
                m.timeKnown(), m.note()));
    }

    public void changeNote(Meeting m, String note) {
        jdbi.useExtension(MeetingDao.class, dao -> dao.update(m.userId(), m.id(), m.event(), m.metOn(), m.metAt(),
                m.timeKnown(), note));
    }

    /** Moves the meeting to another day (and time, if given) and re-plans the steps not yet prompted. */
    public void changeDate(User user, Meeting m, LocalDate day, LocalTime time) {
        LocalTime at = time != null ? time : m.timeKnown() ? m.metAt().atZone(user.zone()).toLocalTime() : LocalTime.NOON;
        ZonedDateTime metAt = day.atTime(at).atZone(user.zone());
        jdbi.useTransaction(handle -> {
            handle.attach(MeetingDao.class).update(user.id(), m.id(), m.event(), day, metAt.toInstant(),
                    time != null || m.timeKnown(), m.note());
            StepDao steps = handle.attach(StepDao.class);
            for (FollowUpStep step : steps.ofMeeting(user.id(), m.id())) {
                if (step.state() == StepState.PENDING) {
                    steps.reschedule(user.id(), step.id(),
                            FollowUpPlanner.dueAt(step.kind(), metAt, user.workingHours()).toInstant());
                }
            }
        });
    }

    /** Removes the meeting, the contacts it created and their plans; returns the contacts' names. */
    public List<String> undo(long userId, long meetingId) {
        return jdbi.inTransaction(handle -> {
            MeetingDao meetings = handle.attach(MeetingDao.class);
            ContactDao contacts = handle.attach(ContactDao.class);
            List<String> names = meetings.contactIds(userId, meetingId).stream()
                    .map(id -> contacts.find(userId, id).map(Contact::fullName).orElse("?")).toList();
            List<Long> created = meetings.newContactIds(userId, meetingId);
            meetings.delete(userId, meetingId);
            created.forEach(id -> contacts.delete(userId, id));
            return names;
        });
    }
}
