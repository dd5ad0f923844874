package com.followupbot.stats.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Read-only aggregates over the user's own rows (every query scoped by user_id), per month in the user's zone:
 * instants are cut into months with {@code date_trunc('month', x at time zone :zone)}; a meeting's day
 * (met_on) is already the user's local date.
 */
public interface StatsDao {

    @RegisterConstructorMapper(MonthCount.class)
    @SqlQuery("""
            select to_char(date_trunc('month', m.met_on), 'YYYY-MM') as month, 'CONTACTS' as kind,
                   count(distinct mc.contact_id) as count
              from meeting m
              join meeting_contact mc on mc.user_id = m.user_id and mc.meeting_id = m.id
             where m.user_id = :userId and m.met_on between :fromDay and :today
             group by 1
            union all
            select to_char(date_trunc('month', o.starts_at at time zone :zone), 'YYYY-MM'), 'ONE_TO_ONES', count(*)
              from one_to_one o
             where o.user_id = :userId and o.starts_at >= :from and o.starts_at <= :now
             group by 1
            union all
            select to_char(date_trunc('month', r.created_at at time zone :zone), 'YYYY-MM'), r.side, count(*)
              from referral r
             where r.user_id = :userId and r.created_at >= :from and r.created_at <= :now
             group by 1, 2
            """)
    List<MonthCount> counts(@Bind("userId") long userId, @Bind("zone") String zone, @Bind("from") Instant from,
                            @Bind("now") Instant now, @Bind("fromDay") LocalDate fromDay, @Bind("today") LocalDate today);

    @RegisterConstructorMapper(ClosedValue.class)
    @SqlQuery("""
            select to_char(date_trunc('month', closed_at at time zone :zone), 'YYYY-MM') as month, side,
                   coalesce(currency, '') as currency, sum(amount) as amount
              from referral
             where user_id = :userId and status = 'closed' and amount is not null
               and closed_at >= :from and closed_at <= :now
             group by 1, 2, 3
            """)
    List<ClosedValue> closed(@Bind("userId") long userId, @Bind("zone") String zone, @Bind("from") Instant from,
                             @Bind("now") Instant now);

    /**
     * The steps that came due, each due when planned or, if later, when its meeting was logged: a meeting logged
     * ten days late has steps "due" ten days ago, which nobody could have done on time through the bot.
     */
    @RegisterConstructorMapper(StepTiming.class)
    @SqlQuery("""
            select s.state, greatest(s.due_at, m.created_at) as due_at, s.closed_at
              from follow_up_step s
              join meeting m on m.user_id = s.user_id and m.id = s.meeting_id
             where s.user_id = :userId and s.due_at <= :now and greatest(s.due_at, m.created_at) >= :since
            """)
    List<StepTiming> stepsDue(@Bind("userId") long userId, @Bind("since") Instant since, @Bind("now") Instant now);
}
