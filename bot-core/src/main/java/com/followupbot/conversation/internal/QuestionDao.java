package com.followupbot.conversation.internal;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The conversation table: at most one open question per user. */
public interface QuestionDao {

    @SqlUpdate("""
            insert into conversation (user_id, state, data, expires_at, updated_at)
            values (:userId, :state, cast(:data as jsonb), :expiresAt, :now)
            on conflict (user_id) do update set state = excluded.state, data = excluded.data,
                expires_at = excluded.expires_at, updated_at = excluded.updated_at
            """)
    void put(@Bind("userId") long userId, @Bind("state") String state, @Bind("data") String data,
             @Bind("expiresAt") Instant expiresAt, @Bind("now") Instant now);

    @SqlQuery("select data::text from conversation where user_id = :userId and expires_at > :now")
    Optional<String> current(@Bind("userId") long userId, @Bind("now") Instant now);

    @SqlUpdate("delete from conversation where user_id = :userId")
    void clear(@Bind("userId") long userId);
}
