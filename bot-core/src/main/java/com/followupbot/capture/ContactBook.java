package com.followupbot.capture;

import com.followupbot.capture.internal.ContactDao;
import com.followupbot.capture.internal.MeetingDao;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Looks contacts up by name and changes or forgets them; always within one user's own contacts. */
public final class ContactBook {

    private final Jdbi jdbi;

    public ContactBook(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Contacts the name may mean, most recent first: tolerant of case and accents, and a first name
     * alone ("anna") finds "Anna Rossi".
     */
    public List<Contact> matching(long userId, String name) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Contact> found = jdbi.withExtension(ContactDao.class, dao -> dao.matching(userId, key));
        List<Contact> exact = found.stream().filter(c -> NameKey.of(c.fullName()).equals(key)).toList();
        return exact.isEmpty() ? found : exact;
    }

    public Optional<Contact> find(long userId, long contactId) {
        return jdbi.withExtension(ContactDao.class, dao -> dao.find(userId, contactId));
    }

    public List<Contact> all(long userId, int limit) {
        return jdbi.withExtension(ContactDao.class, dao -> dao.all(userId, limit));
    }

    public List<Meeting> meetingsWith(long userId, long contactId) {
        return jdbi.withExtension(MeetingDao.class, dao -> dao.ofContact(userId, contactId));
    }

    public void save(Contact c) {
        jdbi.useExtension(ContactDao.class, dao -> dao.update(c.userId(), c.id(), c.fullName(), NameKey.of(c.fullName()),
                c.company(), c.role(), c.email(), c.phone(), c.linkedin(), c.notes()));
    }

    /** Deletes the contact, their plan, and meetings left with nobody in them. */
    public boolean forget(long userId, long contactId) {
        return jdbi.inTransaction(handle -> {
            boolean deleted = handle.attach(ContactDao.class).delete(userId, contactId) > 0;
            handle.attach(MeetingDao.class).deleteOrphans(userId);
            return deleted;
        });
    }
}
