package com.followupbot.capture.internal;

import com.followupbot.capture.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The meeting and meeting_contact tables; every query is scoped by the owner. */
@RegisterConstructorMapper(Meeting.class)
public interface MeetingDao {

    String COLUMNS = "user_id, id, event, met_on, met_at, time_known, note, raw_text, language, confirmed, created_at, visit";

    @GetGeneratedKeys("id")
    @SqlUpdate("""
            insert into meeting (user_id, event, met_on, met_at, time_known, note, raw_text, language, created_at, visit)
            values (:userId, :event, :metOn, :metAt, :timeKnown, :note, :rawText, :language, :now, :visit)
            """)
    long insert(@Bind("userId") long userId, @Bind("event") String event, @Bind("metOn") LocalDate metOn,
                @Bind("metAt") Instant metAt, @Bind("timeKnown") boolean timeKnown, @Bind("note") String note,
                @Bind("rawText") String rawText, @Bind("language") String language, @Bind("now") Instant now,
                @Bind("visit") boolean visit);

    @SqlUpdate("""
            insert into meeting_contact (user_id, meeting_id, contact_id, new_contact)
            values (:userId, :meetingId, :contactId, :isNew) on conflict do nothing
            """)
    void link(@Bind("userId") long userId, @Bind("meetingId") long meetingId, @Bind("contactId") long contactId,
              @Bind("isNew") boolean isNew);

    /** Meetings by (user, id) pairs, in one query. */
    @SqlQuery("select " + COLUMNS + " from meeting where (user_id, id) in (select * from unnest(:userIds, :ids))")
    List<Meeting> findAll(@Bind("userIds") Long[] userIds, @Bind("ids") Long[] ids);

    @SqlQuery("select " + COLUMNS + " from meeting where user_id = :userId and id = :id")
    Optional<Meeting> find(@Bind("userId") long userId, @Bind("id") long id);

    @SqlQuery("select " + COLUMNS + " from meeting where user_id = :userId order by created_at desc, id desc limit 1")
    Optional<Meeting> latest(@Bind("userId") long userId);

    @SqlQuery("""
            select m.user_id, m.id, m.event, m.met_on, m.met_at, m.time_known, m.note, m.raw_text, m.language,
                   m.confirmed, m.created_at, m.visit
            from meeting m join meeting_contact mc on mc.user_id = m.user_id and mc.meeting_id = m.id
            where m.user_id = :userId and mc.contact_id = :contactId
            order by m.met_at desc
            """)
    List<Meeting> ofContact(@Bind("userId") long userId, @Bind("contactId") long contactId);

    @SqlQuery("select contact_id from meeting_contact where user_id = :userId and meeting_id = :meetingId order by contact_id")
    List<Long> contactIds(@Bind("userId") long userId, @Bind("meetingId") long meetingId);

    @SqlQuery("select contact_id from meeting_contact where user_id = :userId and meeting_id = :meetingId and new_contact")
    List<Long> newContactIds(@Bind("userId") long userId, @Bind("meetingId") long meetingId);

    @SqlUpdate("""
            update meeting set event = :event, met_on = :metOn, met_at = :metAt, time_known = :timeKnown, note = :note
            where user_id = :userId and id = :id
            """)
    void update(@Bind("userId") long userId, @Bind("id") long id, @Bind("event") String event,
                @Bind("metOn") LocalDate metOn, @Bind("metAt") Instant metAt, @Bind("timeKnown") boolean timeKnown,
                @Bind("note") String note);

    @SqlUpdate("update meeting set confirmed = true where user_id = :userId and id = :id")
    void confirm(@Bind("userId") long userId, @Bind("id") long id);

    /** Other meetings with the contact than {@code meetingId}. */
    @SqlQuery("""
            select count(*) from meeting_contact
            where user_id = :userId and contact_id = :contactId and meeting_id <> :meetingId
            """)
    int otherMeetings(@Bind("userId") long userId, @Bind("contactId") long contactId, @Bind("meetingId") long meetingId);

    @SqlQuery("select meeting_id, contact_id, new_contact from meeting_contact where user_id = :userId and contact_id = :contactId")
    @RegisterConstructorMapper(com.followupbot.capture.MeetingLink.class)
    List<com.followupbot.capture.MeetingLink> linksOf(@Bind("userId") long userId, @Bind("contactId") long contactId);

    /** The contact's meetings nobody else was in: forgetting the contact forgets them too. */
    @SqlQuery("""
            select\s""" + COLUMNS + """
             from meeting m
            where m.user_id = :userId
              and exists (select 1 from meeting_contact mc where mc.user_id = m.user_id and mc.meeting_id = m.id
                            and mc.contact_id = :contactId)
              and not exists (select 1 from meeting_contact mc where mc.user_id = m.user_id and mc.meeting_id = m.id
                                and mc.contact_id <> :contactId)
            """)
    List<Meeting> onlyWith(@Bind("userId") long userId, @Bind("contactId") long contactId);

    /** Puts a forgotten meeting back with its own id (undo of forget). */
    @SqlUpdate("""
            insert into meeting (user_id, id, event, met_on, met_at, time_known, note, raw_text, language, confirmed, created_at,
                                 visit)
            overriding system value
            values (:userId, :id, :event, :metOn, :metAt, :timeKnown, :note, :rawText, :language, :confirmed, :createdAt,
                    :visit)
            """)
    void reinsert(@org.jdbi.v3.sqlobject.customizer.BindMethods Meeting meeting);

    @SqlUpdate("""
            insert into meeting_contact (user_id, meeting_id, contact_id, new_contact)
            values (:userId, :meetingId, :contactId, :newContact) on conflict do nothing
            """)
    void relink(@Bind("userId") long userId, @Bind("meetingId") long meetingId, @Bind("contactId") long contactId,
                @Bind("newContact") boolean newContact);

    @SqlUpdate("""
            update meeting set event = :event, met_on = :metOn, met_at = :metAt, time_known = :timeKnown, note = :note,
                   confirmed = :confirmed
            where user_id = :userId and id = :id
            """)
    int restore(@org.jdbi.v3.sqlobject.customizer.BindMethods Meeting meeting);

    @SqlUpdate("delete from meeting where user_id = :userId and id = :id")
    int delete(@Bind("userId") long userId, @Bind("id") long id);

    /** Meetings left without any contact (after a contact was forgotten). */
    @SqlUpdate("""
            delete from meeting m where m.user_id = :userId
              and not exists (select 1 from meeting_contact mc where mc.user_id = m.user_id and mc.meeting_id = m.id)
            """)
    int deleteOrphans(@Bind("userId") long userId);
}
