package com.followupbot.slack.install;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** slack_oauth_state. */
interface OAuthStateDao {

    @SqlUpdate("insert into slack_oauth_state (state, expires_at) values (:state, :expiresAt)")
    void insert(@Bind("state") String state, @Bind("expiresAt") Instant expiresAt);

    @SqlQuery("select exists (select 1 from slack_oauth_state where state = :state and expires_at > :now)")
    boolean isLive(@Bind("state") String state, @Bind("now") Instant now);

    /** Removes the state and says when it would have expired: one statement, so only one caller gets it. */
    @SqlQuery("delete from slack_oauth_state where state = :state returning expires_at")
    Optional<Instant> take(@Bind("state") String state);

    /** Housekeeping: states of installs that were abandoned. */
    @SqlUpdate("delete from slack_oauth_state where expires_at <= :now")
    int deleteExpired(@Bind("now") Instant now);
}
