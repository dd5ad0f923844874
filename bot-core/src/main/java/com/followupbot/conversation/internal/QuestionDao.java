package com.followupbot.conversation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The pending_question table: the questions each user may still answer, several at once. */
@RegisterConstructorMapper(QuestionRow.class)
public interface QuestionDao {

    @GetGeneratedKeys("id")
    @SqlUpdate("""
            insert into pending_question (user_id, kind, data, expires_at, asked_at)
            values (:userId, :kind, cast(:data as jsonb), :expiresAt, :now)
            """)
    long insert(@Bind("userId") long userId, @Bind("kind") String kind, @Bind("data") String data,
                @Bind("expiresAt") Instant expiresAt, @Bind("now") Instant now);

    /** Open questions, newest first. */
    @SqlQuery("""
            select id, kind, data::text as data from pending_question
            where user_id = :userId and expires_at > :now order by id desc limit 20
            """)
    List<QuestionRow> open(@Bind("userId") long userId, @Bind("now") Instant now);

    @SqlQuery("""
            select id, kind, data::text as data from pending_question
            where user_id = :userId and id = :id and expires_at > :now
            """)
    Optional<QuestionRow> find(@Bind("userId") long userId, @Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("update pending_question set data = cast(:data as jsonb) where user_id = :userId and id = :id")
    int update(@Bind("userId") long userId, @Bind("id") long id, @Bind("data") String data);

    @SqlUpdate("delete from pending_question where user_id = :userId and id = :id")
    int delete(@Bind("userId") long userId, @Bind("id") long id);

    @SqlUpdate("delete from pending_question where user_id = :userId and kind = any(:kinds)")
    int deleteKinds(@Bind("userId") long userId, @Bind("kinds") String[] kinds);

    @SqlUpdate("delete from pending_question where expires_at < :now")
    int purgeLapsed(@Bind("now") Instant now);
}
