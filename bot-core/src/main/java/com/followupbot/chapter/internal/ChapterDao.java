package com.followupbot.chapter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The chapter table and the week's totals of its members. The totals read across the members' rows: the
 * members are those in user_chapter with the chapter's group, and only counts and sums leave the query.
 */
@RegisterConstructorMapper(ChapterRow.class)
@RegisterConstructorMapper(LeaderRow.class)
@RegisterConstructorMapper(AmountRow.class)
public interface ChapterDao {

    String MEMBERS = "(select user_id from user_chapter where chat_id = :chatId)";

    @SqlUpdate("""
            insert into chapter (chat_id, zone, language, created_at) values (:chatId, :zone, :language, :now)
            on conflict (chat_id) do nothing
            """)
    void ensure(@Bind("chatId") String chatId, @Bind("zone") String zone, @Bind("language") String language,
                @Bind("now") Instant now);

    @SqlQuery("select chat_id, zone, language, digest_day, digest_time, digest_on from chapter where chat_id = :chatId")
    Optional<ChapterRow> find(@Bind("chatId") String chatId);

    @SqlQuery("select chat_id, zone, language, digest_day, digest_time, digest_on from chapter order by chat_id")
    List<ChapterRow> all();

    @SqlUpdate("""
            update chapter set digest_day = :day, digest_time = :time, digest_on = :on, zone = :zone
            where chat_id = :chatId
            """)
    void schedule(@Bind("chatId") String chatId, @Bind("day") int day, @Bind("time") java.time.LocalTime time,
                  @Bind("on") boolean on, @Bind("zone") String zone);

    /** Claims the digest of a week: false when it was sent already. */
    @SqlUpdate("""
            insert into chapter_digest (chat_id, week_start, sent_at) values (:chatId, :week, :now)
            on conflict do nothing
            """)
    int claimWeek(@Bind("chatId") String chatId, @Bind("week") LocalDate weekStart, @Bind("now") Instant now);

    @SqlQuery("select count(*) from " + MEMBERS + " m")
    int members(@Bind("chatId") String chatId);

    @SqlQuery("""
            select count(*) from referral
            where user_id in\s""" + MEMBERS + """
             and side = 'GIVEN' and created_at >= :from and created_at < :to
            """)
    int referralsGiven(@Bind("chatId") String chatId, @Bind("from") Instant from, @Bind("to") Instant to);

    @SqlQuery("""
            select count(*) from one_to_one
            where user_id in\s""" + MEMBERS + """
             and starts_at >= :from and starts_at < :to
            """)
    int oneToOnes(@Bind("chatId") String chatId, @Bind("from") Instant from, @Bind("to") Instant to);

    /** Closed business of the week, counted once: on the receiver's side, or the giver's when the receiver is not a user. */
    @SqlQuery("""
            select coalesce(currency, '') as currency, sum(amount) as amount from referral
            where user_id in\s""" + MEMBERS + """
             and status = 'closed' and amount is not null and closed_at >= :from and closed_at < :to
              and (side = 'RECEIVED' or partner_user_id is null)
            group by coalesce(currency, '') order by 1
            """)
    List<AmountRow> tyfcb(@Bind("chatId") String chatId, @Bind("from") Instant from, @Bind("to") Instant to);

    @SqlQuery("""
            select count(*) from follow_up_step
            where user_id in\s""" + MEMBERS + """
             and due_at >= :from and due_at < :to and (:done = false or state = 'DONE')
            """)
    int steps(@Bind("chatId") String chatId, @Bind("from") Instant from, @Bind("to") Instant to,
              @Bind("done") boolean done);

    @SqlQuery("""
            select coalesce(i.display_name, '👤') as name,
                   (select count(*) from referral r where r.user_id = u.id and r.side = 'GIVEN'
                      and r.created_at >= :from and r.created_at < :to) as referrals,
                   (select count(*) from one_to_one o where o.user_id = u.id
                      and o.starts_at >= :from and o.starts_at < :to) as one_to_ones
            from app_user u join user_account i on i.id = u.id
            where u.id in\s""" + MEMBERS + """
             and u.leaderboard
            order by referrals desc, one_to_ones desc, name
            """)
    List<LeaderRow> leaders(@Bind("chatId") String chatId, @Bind("from") Instant from, @Bind("to") Instant to);
}
