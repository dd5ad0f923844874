package com.followupbot.conversation.internal;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The deferred_command table: group commands waiting for the user to open the private chat. */
@RegisterConstructorMapper(DeferredRow.class)
public interface DeferredDao {

    @SqlUpdate("""
            insert into deferred_command (user_id, token, command, args, created_at)
            values (:userId, :token, :command, :args, :now)
            """)
    void insert(@Bind("userId") long userId, @Bind("token") String token, @Bind("command") String command,
                @Bind("args") String args, @Bind("now") Instant now);

    /** Takes the command once: a second start with the same link finds nothing. */
    @SqlQuery("""
            delete from deferred_command where user_id = :userId and token = :token and created_at > :notBefore
            returning command, args
            """)
    Optional<DeferredRow> take(@Bind("userId") long userId, @Bind("token") String token,
                               @Bind("notBefore") Instant notBefore);
}
