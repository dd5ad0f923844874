package com.followupbot.conversation.internal;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Keyboards: a message's answers in one row, each answer found by the keyboard's token and its position. */
@RegisterConstructorMapper(ButtonRow.class)
public interface KeyboardDao {

    /**
     * Many keyboards in one statement, given answer by answer (a keyboard's answers share its token; their
     * positions order them): a batch of prompts writes one row per prompt.
     */
    @SqlUpdate("""
            insert into button_keyboard (user_id, token, target_id, actions, params, created_at)
            select a.user_id, a.token, a.target_id, array_agg(a.action order by a.position),
                   array_agg(a.param order by a.position), :now
            from unnest(:userIds, :tokens, :targetIds, :positions, :actions, :params)
                 as a(user_id, token, target_id, position, action, param)
            group by a.user_id, a.token, a.target_id
            """)
    void insertAll(@Bind("userIds") Long[] userIds, @Bind("tokens") String[] tokens, @Bind("targetIds") Long[] targetIds,
                   @Bind("positions") Integer[] positions, @Bind("actions") String[] actions,
                   @Bind("params") String[] params, @Bind("now") Instant now);

    /** The answer at {@code position} (from 0) of the user's keyboard, if both exist. */
    @SqlQuery("""
            select actions[:position + 1] as action, target_id, params[:position + 1] as param
            from button_keyboard
            where user_id = :userId and token = :token and :position < cardinality(actions)
            """)
    Optional<ButtonRow> find(@Bind("userId") long userId, @Bind("token") String token, @Bind("position") int position);

    @SqlUpdate("delete from button_keyboard where user_id = :userId and target_id = :targetId and actions && cast(:actions as text[])")
    int retire(@Bind("userId") long userId, @Bind("targetId") long targetId, @Bind("actions") String[] actions);

    @SqlUpdate("delete from button_keyboard where user_id = :userId and actions && cast(:actions as text[])")
    int retireAll(@Bind("userId") long userId, @Bind("actions") String[] actions);

    @SqlUpdate("delete from button_keyboard where created_at < :before")
    int purgeOlderThan(@Bind("before") Instant before);
}
