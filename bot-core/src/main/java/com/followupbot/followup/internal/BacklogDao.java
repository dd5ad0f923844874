package com.followupbot.followup.internal;

import java.time.Instant;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The due backlog across all users, for monitoring only: the one query here not scoped by a user. */
@RegisterConstructorMapper(BacklogDao.Row.class)
public interface BacklogDao {

    record Row(long due, Instant oldest) {
    }

    /** Steps the dispatcher would claim now or has failed to deliver so far; users blocked everywhere wait, so are left out. */
    @SqlQuery("""
            select count(*) as due, min(s.due_at) as oldest from follow_up_step s
            where s.state in ('PENDING', 'SNOOZED') and s.due_at <= :now
              and exists (select 1 from user_identity i where i.user_id = s.user_id and i.blocked_at is null)
            """)
    Row due(@Bind("now") Instant now);
}
