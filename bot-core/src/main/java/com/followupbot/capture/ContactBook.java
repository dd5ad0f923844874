package com.followupbot.capture;

import com.followupbot.capture.internal.ContactDao;
import com.followupbot.capture.internal.MeetingDao;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOnes;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Looks contacts up by name and changes or forgets them; always within one user's own contacts. */
public final class ContactBook {

    private final Jdbi jdbi;
    private final FollowUps followUps;
    private final OneToOnes oneToOnes;

    public ContactBook(Jdbi jdbi, FollowUps followUps, OneToOnes oneToOnes) {
        this.jdbi = jdbi;
        this.followUps = followUps;
        this.oneToOnes = oneToOnes;
    }

    /**
     * Contacts the name may mean, most recent first: tolerant of case and accents, and a first name
     * alone ("anna") finds "Anna Rossi".
     */
    public List<Contact> matching(long userId, String name) {
        String key = TextNormalizer.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Contact> found = jdbi.withExtension(ContactDao.class, dao -> dao.matching(userId, key));
        List<Contact> exact = found.stream().filter(c -> TextNormalizer.key(c.fullName()).equals(key)).toList();
        return exact.isEmpty() ? found : exact;
    }

    /** Every contact the name may mean, exact or not: "Anna" is both "Anna" and "Anna Rossi". */
    public List<Contact> allMatching(long userId, String name) {
        String key = TextNormalizer.key(name);
        return key.isEmpty() ? List.of() : jdbi.withExtension(ContactDao.class, dao -> dao.matching(userId, key));
    }

    /** Contacts by id (ids are unique across users), each looked up for its own user: {@code userIds[i]} owns {@code ids[i]}. */
    public java.util.Map<Long, Contact> findAll(Long[] userIds, Long[] ids) {
        return jdbi.withExtension(ContactDao.class, dao -> dao.findAll(userIds, ids)).stream()
                .collect(java.util.stream.Collectors.toMap(Contact::id, c -> c, (a, b) -> a));
    }

    public Optional<Contact> find(long userId, long contactId) {
        return jdbi.withExtension(ContactDao.class, dao -> dao.find(userId, contactId));
    }

    public List<Contact> all(long userId, int limit) {
        return jdbi.withExtension(ContactDao.class, dao -> dao.all(userId, limit));
    }

    /** The contacts met most recently, newest first. */
    public List<Contact> recent(long userId, int limit) {
        return jdbi.withExtension(ContactDao.class, dao -> dao.recent(userId, limit));
    }

    public List<Meeting> meetingsWith(long userId, long contactId) {
        return jdbi.withExtension(MeetingDao.class, dao -> dao.ofContact(userId, contactId));
    }

    /** A contact known by name only, met at no logged meeting (a chapter member booked for a one-to-one). */
    public Contact add(long userId, String name, java.time.Instant now) {
        return jdbi.withExtension(ContactDao.class, dao -> {
            long id = dao.insert(userId, name, TextNormalizer.key(name), null, null, null, null, null, null, now);
            return dao.find(userId, id).orElseThrow();
        });
    }

    /**
     * New contacts from an imported file, in one transaction; returns their ids in order. {@code drafts} carry
     * the details (their ids and owners are ignored): nothing is planned for them.
     */
    public List<Long> addAll(long userId, List<Contact> drafts, java.time.Instant now) {
        return jdbi.inTransaction(handle -> {
            ContactDao dao = handle.attach(ContactDao.class);
            List<Long> ids = new java.util.ArrayList<>(drafts.size());
            for (Contact c : drafts) {
                ids.add(dao.insert(userId, c.fullName(), TextNormalizer.key(c.fullName()), c.company(), c.role(), c.email(),
                        c.phone(), c.linkedin(), c.notes(), now));
            }
            return ids;
        });
    }

    /**
     * Deletes these contacts of the user (an import undone) with their plans, and the meetings left with nobody;
     * returns how many went. Another user's ids delete nothing.
     */
    public int removeAll(long userId, List<Long> ids) {
        return jdbi.inTransaction(handle -> {
            int removed = handle.attach(ContactDao.class).deleteAll(userId, ids.toArray(Long[]::new));
            handle.attach(MeetingDao.class).deleteOrphans(userId);
            return removed;
        });
    }

    public void save(Contact c) {
        jdbi.useExtension(ContactDao.class, dao -> dao.update(c.userId(), c.id(), c.fullName(), TextNormalizer.key(c.fullName()),
                c.company(), c.role(), c.email(), c.phone(), c.linkedin(), c.notes()));
    }

    /**
     * Deletes the contact, their plan, their one-to-ones and meetings left with nobody in them; returns
     * what went, so that the forget can be undone for a few minutes. Empty when there was no such contact.
     */
    public Optional<ForgottenContact> forget(long userId, long contactId) {
        return jdbi.inTransaction(handle -> {
            ContactDao contacts = handle.attach(ContactDao.class);
            MeetingDao meetings = handle.attach(MeetingDao.class);
            Optional<Contact> contact = contacts.find(userId, contactId);
            if (contact.isEmpty()) {
                return Optional.empty();
            }
            ForgottenContact gone = new ForgottenContact(contact.get(), meetings.onlyWith(userId, contactId),
                    meetings.linksOf(userId, contactId), followUps.ofContact(userId, contactId),
                    oneToOnes.ofContact(userId, contactId));
            contacts.delete(userId, contactId);
            meetings.deleteOrphans(userId);
            return Optional.of(gone);
        });
    }

    /** Puts a forgotten contact back as it was; false when something with their ids exists again. */
    public boolean restore(ForgottenContact gone) {
        Contact c = gone.contact();
        return jdbi.inTransaction(handle -> {
            ContactDao contacts = handle.attach(ContactDao.class);
            MeetingDao meetings = handle.attach(MeetingDao.class);
            if (contacts.find(c.userId(), c.id()).isPresent()) {
                return false;
            }
            contacts.reinsert(c, TextNormalizer.key(c.fullName()));
            gone.meetings().forEach(meetings::reinsert);
            for (MeetingLink link : gone.links()) {
                if (meetings.find(c.userId(), link.meetingId()).isPresent()) {
                    meetings.relink(c.userId(), link.meetingId(), link.contactId(), link.newContact());
                }
            }
            followUps.reinstate(gone.steps().stream()
                    .filter(s -> meetings.find(c.userId(), s.meetingId()).isPresent()).toList());
            oneToOnes.reinstate(gone.oneToOnes());
            return true;
        });
    }
}
