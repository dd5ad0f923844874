package com.followupbot.conversation.internal;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The button table: opaque tokens resolved per user. */
@RegisterConstructorMapper(ButtonRow.class)
public interface ButtonDao {

    @SqlUpdate("""
            insert into button (user_id, token, action, target_id, param, created_at)
            values (:userId, :token, :action, :targetId, :param, :now)
            """)
    void insert(@Bind("userId") long userId, @Bind("token") String token, @Bind("action") String action,
                @Bind("targetId") Long targetId, @Bind("param") String param, @Bind("now") Instant now);

    /** Many buttons in one statement (the prompts of a dispatched batch). */
    @SqlUpdate("""
            insert into button (user_id, token, action, target_id, param, created_at)
            select b.user_id, b.token, b.action, b.target_id, b.param, :now
            from unnest(:userIds, :tokens, :actions, :targetIds, :params) as b(user_id, token, action, target_id, param)
            """)
    void insertAll(@Bind("userIds") Long[] userIds, @Bind("tokens") String[] tokens, @Bind("actions") String[] actions,
                   @Bind("targetIds") Long[] targetIds, @Bind("params") String[] params, @Bind("now") Instant now);

    @SqlQuery("select action, target_id, param from button where user_id = :userId and token = :token")
    Optional<ButtonRow> find(@Bind("userId") long userId, @Bind("token") String token);

    /** Retires every button of a message once it is answered, so a second press changes nothing. */
    @SqlUpdate("delete from button where user_id = :userId and target_id = :targetId and action = any(:actions)")
    int retire(@Bind("userId") long userId, @Bind("targetId") long targetId, @Bind("actions") String[] actions);

    @SqlUpdate("delete from button where user_id = :userId and action = any(:actions)")
    int retireAll(@Bind("userId") long userId, @Bind("actions") String[] actions);

    @SqlUpdate("delete from button where created_at < :before")
    int purgeOlderThan(@Bind("before") Instant before);
}
