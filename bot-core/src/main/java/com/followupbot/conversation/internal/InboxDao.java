package com.followupbot.conversation.internal;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The inbound_message table: every text a user sent, as typed. */
public interface InboxDao {

    @SqlUpdate("insert into inbound_message (user_id, chat_id, body, received_at) values (:userId, :chatId, :body, :at)")
    void record(@Bind("userId") long userId, @Bind("chatId") String chatId, @Bind("body") String body,
                @Bind("at") Instant at);
}
