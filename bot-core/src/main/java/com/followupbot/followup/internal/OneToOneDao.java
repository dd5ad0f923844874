package com.followupbot.followup.internal;

import com.followupbot.followup.OneToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The one_to_one table; every query but the claims of what is due is scoped by the owner. */
@RegisterConstructorMapper(OneToOne.class)
public interface OneToOneDao {

    String COLUMNS = """
            user_id, id, contact_id, step_id, starts_at, remind_at, reminded_at, created_at,
            brief_at, briefed_at, ask_at, asked_at, outcome
            """;

    @GetGeneratedKeys("id")
    @SqlUpdate("""
            insert into one_to_one (user_id, contact_id, step_id, starts_at, remind_at, reminded_at, created_at,
                                    brief_at, ask_at)
            values (:userId, :contactId, :stepId, :startsAt, :remindAt,
                    case when cast(:remindAt as timestamptz) is null then cast(:now as timestamptz) end, :now,
                    :briefAt, :askAt)
            """)
    long insert(@Bind("userId") long userId, @Bind("contactId") long contactId, @Bind("stepId") Long stepId,
                @Bind("startsAt") Instant startsAt, @Bind("remindAt") Instant remindAt, @Bind("now") Instant now,
                @Bind("briefAt") Instant briefAt, @Bind("askAt") Instant askAt);

    @SqlQuery("select " + COLUMNS + " from one_to_one where user_id = :userId and id = :id")
    Optional<OneToOne> find(@Bind("userId") long userId, @Bind("id") long id);

    @SqlQuery("select " + COLUMNS + " from one_to_one where user_id = :userId and step_id = :stepId order by id desc limit 1")
    Optional<OneToOne> ofStep(@Bind("userId") long userId, @Bind("stepId") long stepId);

    @SqlQuery("select " + COLUMNS + " from one_to_one where user_id = :userId and contact_id = :contactId order by starts_at")
    List<OneToOne> ofContact(@Bind("userId") long userId, @Bind("contactId") long contactId);

    @SqlQuery("select " + COLUMNS + """
             from one_to_one
            where user_id = :userId and starts_at >= :from and starts_at < :to
            order by starts_at limit :limit
            """)
    List<OneToOne> between(@Bind("userId") long userId, @Bind("from") Instant from, @Bind("to") Instant to,
                           @Bind("limit") int limit);

    @SqlUpdate("""
            insert into one_to_one (user_id, id, contact_id, step_id, starts_at, remind_at, reminded_at, created_at,
                                    brief_at, briefed_at, ask_at, asked_at, outcome)
            overriding system value
            values (:userId, :id, :contactId, :stepId, :startsAt, :remindAt, :remindedAt, :createdAt,
                    :briefAt, :briefedAt, :askAt, :askedAt, :outcome)
            """)
    void reinsert(@BindMethods OneToOne meeting);

    @SqlUpdate("delete from one_to_one where user_id = :userId and id = :id")
    int delete(@Bind("userId") long userId, @Bind("id") long id);

    /** Reminders due, locked so that with several instances each goes out once. */
    @SqlQuery("select " + COLUMNS + """
             from one_to_one
            where reminded_at is null and remind_at <= :now
            order by remind_at limit :limit
            for update skip locked
            """)
    List<OneToOne> claimDueReminders(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlUpdate("update one_to_one set reminded_at = :now where user_id = :userId and id = :id")
    void reminded(@Bind("userId") long userId, @Bind("id") long id, @Bind("now") Instant now);

    /** Briefs due (the working day before), locked like the reminders. */
    @SqlQuery("select " + COLUMNS + """
             from one_to_one
            where briefed_at is null and brief_at <= :now
            order by brief_at limit :limit
            for update skip locked
            """)
    List<OneToOne> claimDueBriefs(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlUpdate("update one_to_one set briefed_at = :now where user_id = :userId and id = :id")
    void briefed(@Bind("userId") long userId, @Bind("id") long id, @Bind("now") Instant now);

    /** "How did it go?" questions due, locked like the reminders. */
    @SqlQuery("select " + COLUMNS + """
             from one_to_one
            where asked_at is null and ask_at <= :now
            order by ask_at limit :limit
            for update skip locked
            """)
    List<OneToOne> claimDueQuestions(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlUpdate("update one_to_one set asked_at = :now where user_id = :userId and id = :id")
    void asked(@Bind("userId") long userId, @Bind("id") long id, @Bind("now") Instant now);

    /** The user's answer to "How did it go?"; only once: a second press changes nothing. */
    @SqlUpdate("update one_to_one set outcome = :outcome where user_id = :userId and id = :id and outcome is null")
    int answer(@Bind("userId") long userId, @Bind("id") long id, @Bind("outcome") String outcome);

    @SqlUpdate("update one_to_one set outcome = null where user_id = :userId and id = :id")
    int clearOutcome(@Bind("userId") long userId, @Bind("id") long id);
}
