package com.followupbot.capture;

import com.followupbot.capture.internal.ContactDao;
import com.followupbot.capture.internal.MeetingDao;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.StepState;
import com.followupbot.user.User;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Fixes and undoes logged meetings. */
public final class MeetingEdits {

    private final Jdbi jdbi;
    private final FollowUps followUps;

    public MeetingEdits(Jdbi jdbi, FollowUps followUps) {
        this.jdbi = jdbi;
        this.followUps = followUps;
    }

    public Optional<Meeting> latest(long userId) {
        return jdbi.withExtension(MeetingDao.class, dao -> dao.latest(userId));
    }

    /** Meetings by id (ids are unique across users), each looked up for its own user: {@code userIds[i]} owns {@code ids[i]}. */
    public java.util.Map<Long, Meeting> findAll(Long[] userIds, Long[] ids) {
        return jdbi.withExtension(MeetingDao.class, dao -> dao.findAll(userIds, ids)).stream()
                .collect(java.util.stream.Collectors.toMap(Meeting::id, m -> m, (a, b) -> a));
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
        return followUps.ofMeeting(userId, meetingId);
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
            followUps.replanPending(user, m.id(), metAt);
        });
    }

    /** Puts a meeting back as it was before a fix (and its pending steps where that date puts them). */
    public void restore(User user, Meeting before) {
        jdbi.useTransaction(handle -> {
            handle.attach(MeetingDao.class).restore(before);
            followUps.replanPending(user, before.id(), before.metAt().atZone(user.zone()));
        });
    }

    /** What undoing a capture did, or why it would not. */
    public sealed interface CaptureUndo {
        /** The meeting is gone, with the contacts it created ({@code removed}) and their plans. */
        record Removed(List<String> removed, List<String> kept) implements CaptureUndo {
        }

        /** Nothing changed: {@code name} has follow-ups answered, other meetings, or was made too long ago. */
        record Refused(String name) implements CaptureUndo {
        }
    }

    /**
     * Removes a logged meeting and the contacts it created, and puts back the details it added to known
     * contacts. Never deletes a contact with other meetings, answered steps, or created before
     * {@code createdAfter}: then nothing changes and the answer says who stands in the way.
     */
    public CaptureUndo undoCapture(long userId, long meetingId, List<Contact> enrichedBefore, Instant createdAfter) {
        return jdbi.inTransaction(handle -> {
            MeetingDao meetings = handle.attach(MeetingDao.class);
            ContactDao contacts = handle.attach(ContactDao.class);
            if (meetings.find(userId, meetingId).isEmpty()) {
                return new CaptureUndo.Removed(List.of(), List.of());
            }
            List<Long> created = meetings.newContactIds(userId, meetingId);
            for (long id : created) {
                Contact c = contacts.find(userId, id).orElseThrow();
                boolean answered = followUps.ofContact(userId, id).stream().anyMatch(MeetingEdits::answered);
                if (answered || meetings.otherMeetings(userId, id, meetingId) > 0 || c.createdAt().isBefore(createdAfter)) {
                    return new CaptureUndo.Refused(c.fullName());
                }
            }
            List<String> removed = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (long id : meetings.contactIds(userId, meetingId)) {
                String name = contacts.find(userId, id).map(Contact::fullName).orElse("?");
                (created.contains(id) ? removed : kept).add(name);
            }
            meetings.delete(userId, meetingId);
            created.forEach(id -> contacts.delete(userId, id));
            for (Contact before : enrichedBefore) {
                contacts.update(userId, before.id(), before.fullName(), TextNormalizer.key(before.fullName()), before.company(),
                        before.role(), before.email(), before.phone(), before.linkedin(), before.notes());
            }
            return new CaptureUndo.Removed(removed, kept);
        });
    }

    /** A step the user acted on: closed, or snoozed by them. */
    private static boolean answered(FollowUpStep step) {
        return step.state() == StepState.DONE || step.state() == StepState.SKIPPED || step.state() == StepState.SNOOZED;
    }
}
