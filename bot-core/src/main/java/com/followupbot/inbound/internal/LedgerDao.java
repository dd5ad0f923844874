package com.followupbot.inbound.internal;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The inbound_event table: platform events (Telegram updates, Slack events and interactions) taken for
 * handling, by their key, and when they were done. Every time is the bot's clock, passed in: the leases
 * are then the same time as the dispatcher's, and tests move them with the rest.
 */
public interface LedgerDao {

    /**
     * Takes an event: new ones always, an unfinished one only when it was claimed before {@code staleBefore}
     * (the instance handling it died); returns nothing when the event is done or in hand elsewhere.
     */
    @SqlQuery("""
            insert into inbound_event (source, event_key, event_seq, claimed_at)
            values (:source, :key, :seq, :now)
            on conflict (source, event_key) do update set claimed_at = excluded.claimed_at
             where inbound_event.done_at is null
               and inbound_event.claimed_at < :staleBefore
            returning event_key
            """)
    Optional<String> claim(@Bind("source") String source, @Bind("key") String key, @Bind("seq") Long seq,
                           @Bind("now") Instant now, @Bind("staleBefore") Instant staleBefore);

    /**
     * Takes an event kept while the database was away: new ones, and unfinished ones whatever the age of
     * their claim, since the claim is the one this instance gave up when the outage began (or a replay of
     * it cut short). Nothing when the event is done already.
     */
    @SqlQuery("""
            insert into inbound_event (source, event_key, event_seq, claimed_at)
            values (:source, :key, :seq, :now)
            on conflict (source, event_key) do update set claimed_at = excluded.claimed_at
             where inbound_event.done_at is null
            returning event_key
            """)
    Optional<String> claimHeld(@Bind("source") String source, @Bind("key") String key, @Bind("seq") Long seq,
                               @Bind("now") Instant now);

    @SqlUpdate("update inbound_event set done_at = :now where source = :source and event_key = :key")
    void done(@Bind("source") String source, @Bind("key") String key, @Bind("now") Instant now);

    @SqlQuery("select max(event_seq) from inbound_event where source = :source and done_at is not null")
    Optional<Long> lastDone(@Bind("source") String source);

    /** Forgets events done before {@code before} but the newest done one of a sequence, which is where a restart resumes. */
    @SqlUpdate("""
            delete from inbound_event e
             where e.source = :source and e.done_at < :before
               and (e.event_seq is null or e.event_seq < (select max(n.event_seq) from inbound_event n
                                                          where n.source = :source and n.done_at is not null))
            """)
    int forgetOlderThan(@Bind("source") String source, @Bind("before") Instant before);
}
