package com.followupbot.pacing.internal;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The send_pace table: per limit key, the earliest instant the next message may go out, on the bot's
 * clock (the caller passes every instant in).
 */
public interface PaceDao {

    @SqlUpdate("insert into send_pace (pace_key, next_at) values (:key, to_timestamp(0)) on conflict do nothing")
    void ensure(@Bind("key") String key);

    /** The key's next free instant, locked until the reservation commits. */
    @SqlQuery("select next_at from send_pace where pace_key = :key for update")
    Instant lock(@Bind("key") String key);

    @SqlQuery("select next_at from send_pace where pace_key = :key")
    List<Instant> nextAt(@Bind("key") String key);

    @SqlUpdate("update send_pace set next_at = :at where pace_key = :key")
    void set(@Bind("key") String key, @Bind("at") Instant at);

    @SqlUpdate("update send_pace set next_at = greatest(next_at, :at) where pace_key = :key")
    void notBefore(@Bind("key") String key, @Bind("at") Instant at);
}
