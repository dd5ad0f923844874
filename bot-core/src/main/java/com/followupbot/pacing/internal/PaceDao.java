package com.followupbot.pacing.internal;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The send_pace table: per limit key, the earliest instant the next message may go out, on the bot's
 * clock (the caller passes every instant in).
 */
public interface PaceDao {

    /**
     * Takes the key's next slot (now, or its next free instant if that is later) and moves the key on
     * by {@code after - now}, in one statement: the row is locked for that statement only. Returns the
     * key's new next free instant; the slot taken is that minus the spacing.
     */
    @SqlQuery("""
            insert into send_pace as p (pace_key, next_at) values (:key, cast(:after as timestamptz))
            on conflict (pace_key) do update
                set next_at = greatest(p.next_at, cast(:now as timestamptz)) + (cast(:after as timestamptz) - cast(:now as timestamptz))
            returning next_at""")
    Instant take(@Bind("key") String key, @Bind("now") Instant now, @Bind("after") Instant after);

    /** A numbered slot: the key's next free instant after it, and how many slots the key has given out. */
    record Taken(Instant nextAt, long reserved) {
    }

    /** As {@link #take}, numbering the slot (the bot's overall key: see SendPacer.sent). */
    @SqlQuery("""
            insert into send_pace as p (pace_key, next_at, reserved) values (:key, cast(:after as timestamptz), 1)
            on conflict (pace_key) do update
                set next_at = greatest(p.next_at, cast(:now as timestamptz)) + (cast(:after as timestamptz) - cast(:now as timestamptz)),
                    reserved = p.reserved + 1
            returning next_at, reserved""")
    @RegisterConstructorMapper(Taken.class)
    Taken takeNumbered(@Bind("key") String key, @Bind("now") Instant now, @Bind("after") Instant after);

    /**
     * Slot {@code number} was answered: the next free slot no earlier than {@code base} plus one spacing for
     * each slot given out after it (at most {@code mostAhead}).
     */
    @SqlUpdate("""
            update send_pace set next_at = greatest(next_at, cast(:base as timestamptz)
                   + least(reserved - :number, :mostAhead) * (:spacingMicros * interval '1 microsecond'))
            where pace_key = :key""")
    void answered(@Bind("key") String key, @Bind("number") long number, @Bind("base") Instant base,
                  @Bind("spacingMicros") long spacingMicros, @Bind("mostAhead") long mostAhead);

    @SqlUpdate("insert into send_pace (pace_key, next_at) values (:key, to_timestamp(0)) on conflict do nothing")
    void ensure(@Bind("key") String key);

    @SqlQuery("select next_at from send_pace where pace_key = :key")
    List<Instant> nextAt(@Bind("key") String key);

    @SqlUpdate("update send_pace set next_at = greatest(next_at, :at) where pace_key = :key")
    void notBefore(@Bind("key") String key, @Bind("at") Instant at);
}
