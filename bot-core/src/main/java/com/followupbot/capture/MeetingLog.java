package com.followupbot.capture;

import com.followupbot.capture.internal.ContactDao;
import com.followupbot.capture.internal.MeetingDao;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.StepState;
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
    private final FollowUps followUps;
    private final Clock clock;

    public MeetingLog(Jdbi jdbi, FollowUps followUps, Clock clock) {
        this.jdbi = jdbi;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * Logs a capture. {@code existing} maps the index of a person in {@code parsed.people()} to the id of
     * the existing contact the user confirmed they are; the others become new contacts.
     */
    public CaptureResult log(User user, ParsedMessage parsed, String rawText, Map<Integer, Long> existing) {
        return log(user, parsed, rawText, existing, false);
    }

    /** The same for a visit ({@code visit}): the meeting is marked as one, and its people get the visitor's plan. */
    public CaptureResult log(User user, ParsedMessage parsed, String rawText, Map<Integer, Long> existing, boolean visit) {
        return jdbi.inTransaction(handle -> {
            ZonedDateTime metAt = metAt(user, parsed);
            Instant now = clock.instant();
            MeetingDao meetings = handle.attach(MeetingDao.class);
            ContactDao contactDao = handle.attach(ContactDao.class);
            long meetingId = meetings.insert(user.id(), parsed.event(), metAt.toLocalDate(), metAt.toInstant(),
                    parsed.metAt() != null, parsed.note(), rawText, parsed.language().code(), now, visit);
            List<Contact> contacts = new ArrayList<>();
            List<Long> created = new ArrayList<>();
            List<Contact> enrichedBefore = new ArrayList<>();
            for (int i = 0; i < parsed.people().size(); i++) {
                PersonMention person = parsed.people().get(i);
                Long known = existing.get(i);
                long contactId;
                if (known != null) {
                    enrichedBefore.add(contactDao.find(user.id(), known).orElseThrow());
                    contactId = enrich(handle, user.id(), known, person);
                } else {
                    contactId = insertContact(handle, user.id(), person, now);
                    created.add(contactId);
                }
                meetings.link(user.id(), meetingId, contactId, known == null);
                contacts.add(contactDao.find(user.id(), contactId).orElseThrow());
                followUps.planIfNone(user, contactId, meetingId, metAt, visit);
            }
            return result(handle, user.id(), meetingId, contacts, created, enrichedBefore);
        });
    }

    /**
     * A contact already stored (imported from a file) met or connected with at {@code metAt}: a meeting at
     * {@code event} with them alone, and their 24/7/30 plan from then unless they have one. Returns the meeting.
     */
    public long logConnection(User user, long contactId, ZonedDateTime metAt, String event, String language) {
        return jdbi.inTransaction(handle -> {
            MeetingDao meetings = handle.attach(MeetingDao.class);
            long meetingId = meetings.insert(user.id(), event, metAt.toLocalDate(), metAt.toInstant(), false, null, "",
                    language, clock.instant(), false);
            meetings.link(user.id(), meetingId, contactId, false);
            followUps.planIfNone(user, contactId, meetingId, metAt, false);
            return meetingId;
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
        return handle.attach(ContactDao.class).insert(userId, person.name(), TextNormalizer.key(person.name()),
                person.company(), person.role(), person.email(), person.phone(), person.linkedin(), null, now);
    }

    /** Fills details the contact lacked from what this message said; never overwrites. */
    private static long enrich(Handle handle, long userId, long contactId, PersonMention person) {
        ContactDao dao = handle.attach(ContactDao.class);
        Contact c = dao.find(userId, contactId).orElseThrow();
        String name = person.name().length() > c.fullName().length() ? person.name() : c.fullName();
        dao.update(userId, contactId, name, TextNormalizer.key(name), or(c.company(), person.company()),
                or(c.role(), person.role()), or(c.email(), person.email()), or(c.phone(), person.phone()),
                or(c.linkedin(), person.linkedin()), c.notes());
        return contactId;
    }

    private CaptureResult result(Handle handle, long userId, long meetingId, List<Contact> contacts, List<Long> created,
                                 List<Contact> enrichedBefore) {
        List<FollowUpStep> plan = new ArrayList<>();
        for (Contact contact : contacts) {
            plan.addAll(followUps.ofContact(userId, contact.id()));
        }
        List<FollowUpStep> overdue = plan.stream()
                .filter(s -> s.meetingId() == meetingId && s.state() == StepState.PROMPTED && s.promptMessage() == null)
                .toList();
        Meeting meeting = handle.attach(MeetingDao.class).find(userId, meetingId).orElseThrow();
        return new CaptureResult(meeting, contacts, plan, overdue, created, enrichedBefore);
    }

    private static String or(String current, String offered) {
        return current != null ? current : offered;
    }
}
