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

    /**
     * Steps the dispatcher would claim now or has failed to deliver so far; users blocked everywhere wait
     * (parked), so are left out. Reads the open, unparked steps (follow_up_step_due's predicate), not the history.
     */
    @SqlQuery("""
            select count(*) as due, min(s.due_at) as oldest from follow_up_step s
            where s.state in ('PENDING', 'SNOOZED') and s.parked_at is null and s.due_at <= :now
            """)
    Row due(@Bind("now") Instant now);
}
