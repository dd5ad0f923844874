package com.followupbot.conversation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The user_action journal: what each user did, newest last, with how to reverse it. */
@RegisterConstructorMapper(ActionRow.class)
public interface ActionDao {

    @SqlUpdate("""
            insert into user_action (user_id, kind, reversal, done_at)
            values (:userId, :kind, cast(:reversal as jsonb), :now)
            """)
    void insert(@Bind("userId") long userId, @Bind("kind") String kind, @Bind("reversal") String reversal,
                @Bind("now") Instant now);

    /** The newest action not yet undone, locked: two "undo"s at once reverse it once. */
    @SqlQuery("""
            select id, kind, reversal::text as reversal, done_at from user_action
            where user_id = :userId and undone_at is null
            order by id desc limit 1 for update
            """)
    Optional<ActionRow> newestNotUndone(@Bind("userId") long userId);

    @SqlQuery("""
            select id, kind, reversal::text as reversal, done_at from user_action
            where user_id = :userId and undone_at is null and kind = :kind and done_at >= :since
            order by id desc limit 50
            """)
    List<ActionRow> recentOfKind(@Bind("userId") long userId, @Bind("kind") String kind, @Bind("since") Instant since);

    @SqlUpdate("update user_action set undone_at = :now where user_id = :userId and id = :id and undone_at is null")
    int markUndone(@Bind("userId") long userId, @Bind("id") long id, @Bind("now") Instant now);

    /** Entries past any undo: forgotten contacts' data must not outlive the undo window. */
    @SqlUpdate("delete from user_action where done_at < :before")
    int purgeOlderThan(@Bind("before") Instant before);
}
