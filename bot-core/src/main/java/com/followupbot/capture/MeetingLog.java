package com.followupbot.capture;

import com.followupbot.capture.internal.ContactDao;
import com.followupbot.capture.internal.MeetingDao;
import com.followupbot.followup.FollowUpPlanner;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.StepKind;
import com.followupbot.followup.StepState;
import com.followupbot.followup.internal.StepDao;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores meetings, their contacts and each new contact's 24/7/30 plan, in one transaction.
 * A contact met again keeps the plan they already have.
 */
public final class MeetingLog {

    /** When a past day is named without a time, plan as if the meeting was at noon. */
    private static final LocalTime UNKNOWN_TIME = LocalTime.NOON;

    private final Jdbi jdbi;
    private final Clock clock;

    public MeetingLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Logs a capture. {@code existing} maps the index of a person in {@code parsed.people()} to the id of
     * the existing contact the user confirmed they are; the others become new contacts.
     */
    public CaptureResult log(User user, ParsedMessage parsed, String rawText, Map<Integer, Long> existing) {
        return jdbi.inTransaction(handle -> {
            ZonedDateTime metAt = metAt(user, parsed);
            Instant now = clock.instant();
            MeetingDao meetings = handle.attach(MeetingDao.class);
            long meetingId = meetings.insert(user.id(), parsed.event(), metAt.toLocalDate(), metAt.toInstant(),
                    parsed.metAt() != null, parsed.note(), rawText, parsed.language().code(), now);
            List<Contact> contacts = new ArrayList<>();
            for (int i = 0; i < parsed.people().size(); i++) {
                PersonMention person = parsed.people().get(i);
                Long known = existing.get(i);
                long contactId = known != null ? enrich(handle, user.id(), known, person)
                        : insertContact(handle, user.id(), person, now);
                meetings.link(user.id(), meetingId, contactId, known == null);
                contacts.add(handle.attach(ContactDao.class).find(user.id(), contactId).orElseThrow());
                planIfNone(handle, user, contactId, meetingId, metAt, now);
            }
            return result(handle, user.id(), meetingId, contacts, now);
        });
    }

    /** The moment the plan counts from, in the user's zone. */
    ZonedDateTime metAt(User user, ParsedMessage parsed) {
        ZonedDateTime now = clock.instant().atZone(user.zone());
        if (parsed.metOn() == null || parsed.metOn().equals(now.toLocalDate())) {
            return parsed.metAt() == null ? now : now.with(parsed.metAt());
        }
        return parsed.metOn().atTime(parsed.metAt() == null ? UNKNOWN_TIME : parsed.metAt()).atZone(user.zone());
    }

    private static long insertContact(Handle handle, long userId, PersonMention person, Instant now) {
        return handle.attach(ContactDao.class).insert(userId, person.name(), NameKey.of(person.name()),
                person.company(), person.role(), person.email(), person.phone(), person.linkedin(), null, now);
    }

    /** Fills details the contact lacked from what this message said; never overwrites. */
    private static long enrich(Handle handle, long userId, long contactId, PersonMention person) {
        ContactDao dao = handle.attach(ContactDao.class);
        Contact c = dao.find(userId, contactId).orElseThrow();
        String name = person.name().length() > c.fullName().length() ? person.name() : c.fullName();
        dao.update(userId, contactId, name, NameKey.of(name), or(c.company(), person.company()),
                or(c.role(), person.role()), or(c.email(), person.email()), or(c.phone(), person.phone()),
                or(c.linkedin(), person.linkedin()), c.notes());
        return contactId;
    }

    private static void planIfNone(Handle handle, User user, long contactId, long meetingId, ZonedDateTime metAt,
                                   Instant now) {
        StepDao steps = handle.attach(StepDao.class);
        if (!steps.ofContact(user.id(), contactId).isEmpty()) {
            return;
        }
        for (StepKind kind : StepKind.values()) {
            Instant due = FollowUpPlanner.dueAt(kind, metAt, user.workingHours()).toInstant();
            // A step already due when the meeting is logged is offered in the confirmation, not fired.
            StepState state = due.isAfter(now) ? StepState.PENDING : StepState.PROMPTED;
            steps.insert(user.id(), contactId, meetingId, kind.name(), state.name(), due, now);
        }
    }

    private static CaptureResult result(Handle handle, long userId, long meetingId, List<Contact> contacts, Instant now) {
        StepDao steps = handle.attach(StepDao.class);
        List<FollowUpStep> plan = new ArrayList<>();
        for (Contact contact : contacts) {
            plan.addAll(steps.ofContact(userId, contact.id()));
        }
        List<FollowUpStep> overdue = plan.stream()
                .filter(s -> s.meetingId() == meetingId && s.state() == StepState.PROMPTED && s.promptMessage() == null)
                .toList();
        Meeting meeting = handle.attach(MeetingDao.class).find(userId, meetingId).orElseThrow();
        return new CaptureResult(meeting, contacts, plan, overdue);
    }

    private static String or(String current, String offered) {
        return current != null ? current : offered;
    }
}
