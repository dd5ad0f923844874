package com.followupbot.inbound.internal;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The inbound_event table: platform events (Telegram updates) taken for handling, and when they were done. */
public interface LedgerDao {

    /**
     * Takes an event: new ones always, an unfinished one only once its claim is older than the lease
     * (the instance handling it died); returns nothing when the event is done or in hand elsewhere.
     */
    @SqlQuery("""
            insert into inbound_event (source, event_id, claimed_at) values (:source, :eventId, clock_timestamp())
            on conflict (source, event_id) do update set claimed_at = excluded.claimed_at
             where inbound_event.done_at is null
               and inbound_event.claimed_at < clock_timestamp() - make_interval(secs => :leaseSeconds)
            returning event_id
            """)
    Optional<Long> claim(@Bind("source") String source, @Bind("eventId") long eventId,
                         @Bind("leaseSeconds") double leaseSeconds);

    @SqlUpdate("update inbound_event set done_at = clock_timestamp() where source = :source and event_id = :eventId")
    void done(@Bind("source") String source, @Bind("eventId") long eventId);

    @SqlQuery("select max(event_id) from inbound_event where source = :source and done_at is not null")
    Optional<Long> lastDone(@Bind("source") String source);

    /** Forgets old events but the newest done one, which is where a restart resumes. */
    @SqlUpdate("""
            delete from inbound_event
             where source = :source and done_at < clock_timestamp() - make_interval(secs => :ageSeconds)
               and event_id < (select max(event_id) from inbound_event where source = :source and done_at is not null)
            """)
    int forgetOlderThan(@Bind("source") String source, @Bind("ageSeconds") double ageSeconds);
}
