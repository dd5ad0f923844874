package com.followupbot.stats.internal;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The slips of one user's week, from their own rows only (every branch scoped by user_id): the referrals they
 * gave, recorded in the week; the referrals they received that closed in the week (their TYFCB); their
 * one-to-ones that started in the week, up to now.
 */
public interface SlipDao {

    @RegisterConstructorMapper(SlipRow.class)
    @SqlQuery("""
            select kind, at, partner, prospect, company, phone, email, temperature, amount, currency, notes from (
                select 1 as ord, 'REFERRAL' as kind, r.created_at as at, r.partner_name as partner,
                       r.prospect_name as prospect, r.prospect_company as company, r.prospect_phone as phone,
                       r.prospect_email as email, r.temperature, null::numeric as amount, null as currency,
                       r.need as notes, r.id
                  from referral r
                 where r.user_id = :userId and r.side = 'GIVEN' and r.created_at >= :from and r.created_at < :to
                union all
                select 2, 'TYFCB', r.closed_at, r.partner_name, r.prospect_name, r.prospect_company, null, null, null,
                       r.amount, r.currency, null, r.id
                  from referral r
                 where r.user_id = :userId and r.side = 'RECEIVED' and r.status = 'closed'
                   and r.closed_at >= :from and r.closed_at < :to
                union all
                select 3, 'ONE_TO_ONE', o.starts_at, c.full_name, null, c.company, null, null, null, null, null, null, o.id
                  from one_to_one o
                  join contact c on c.user_id = o.user_id and c.id = o.contact_id
                 where o.user_id = :userId and o.starts_at >= :from and o.starts_at < :to and o.starts_at <= :now
            ) slips
            order by ord, at, id
            """)
    List<SlipRow> week(@Bind("userId") long userId, @Bind("from") Instant from, @Bind("to") Instant to,
                       @Bind("now") Instant now);
}
