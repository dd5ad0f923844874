package com.followupbot.followup.internal;

import com.followupbot.followup.FollowUpStep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The follow_up_step table. Every query but the dispatcher's claim is scoped by user_id. */
@RegisterConstructorMapper(FollowUpStep.class)
public interface StepDao {

    String COLUMNS = """
            user_id, id, contact_id, meeting_id, kind, state, due_at, prompted_at, closed_at,
            booked, outcome_note, prompt_chat_id, prompt_message_id
            """;

    @SqlUpdate("""
            insert into follow_up_step (user_id, contact_id, meeting_id, kind, state, due_at, prompted_at)
            values (:userId, :contactId, :meetingId, :kind, :state, :dueAt,
                    case when :state = 'PROMPTED' then cast(:now as timestamptz) end)
            on conflict (user_id, contact_id, kind) do nothing
            """)
    void insert(@Bind("userId") long userId, @Bind("contactId") long contactId, @Bind("meetingId") long meetingId,
                @Bind("kind") String kind, @Bind("state") String state, @Bind("dueAt") Instant dueAt,
                @Bind("now") Instant now);

    @SqlQuery("select " + COLUMNS + " from follow_up_step where user_id = :userId and id = :id")
    Optional<FollowUpStep> find(@Bind("userId") long userId, @Bind("id") long id);

    /** The step, locked until the transaction ends: two presses of one button are answered one after the other. */
    @SqlQuery("select " + COLUMNS + " from follow_up_step where user_id = :userId and id = :id for update")
    Optional<FollowUpStep> lock(@Bind("userId") long userId, @Bind("id") long id);

    @SqlQuery("select " + COLUMNS + " from follow_up_step where user_id = :userId and contact_id = :contactId order by due_at")
    List<FollowUpStep> ofContact(@Bind("userId") long userId, @Bind("contactId") long contactId);

    @SqlQuery("select " + COLUMNS + " from follow_up_step where user_id = :userId and meeting_id = :meetingId order by contact_id, due_at")
    List<FollowUpStep> ofMeeting(@Bind("userId") long userId, @Bind("meetingId") long meetingId);

    @SqlQuery("""
            select\s""" + COLUMNS + """
             from follow_up_step
            where user_id = :userId and state in ('PENDING', 'PROMPTED', 'SNOOZED') and due_at < :before
            order by due_at limit :limit
            """)
    List<FollowUpStep> openDueBefore(@Bind("userId") long userId, @Bind("before") Instant before, @Bind("limit") int limit);

    @SqlQuery("""
            select\s""" + COLUMNS + """
             from follow_up_step
            where user_id = :userId and state in ('PENDING', 'SNOOZED') and due_at >= :from
            order by due_at limit :limit
            """)
    List<FollowUpStep> upcoming(@Bind("userId") long userId, @Bind("from") Instant from, @Bind("limit") int limit);

    /**
     * Claims due steps for this instance: rows locked by another instance are skipped, and a claim
     * whose lease expired (its instance crashed mid-delivery) can be taken over. The claim sets
     * next_attempt_at to the lease's end, so held, retrying and resting steps all lie beyond now in
     * follow_up_step_due, and users blocked everywhere are parked out of it (V11): the index range up to
     * now holds only claimable rows, and no row is fetched only to be filtered out.
     * The due rows are found and locked through follow_up_step_due, then updated by their ctid (a Tid Scan,
     * stable while the row is locked): joined on the key instead, the planner hashes the whole table.
     */
    @SqlQuery("""
            with due as (
                select c.ctid from follow_up_step c
                where c.state in ('PENDING', 'SNOOZED') and c.parked_at is null
                  and greatest(c.due_at, c.next_attempt_at) <= :now
                order by greatest(c.due_at, c.next_attempt_at)
                limit :limit
                for update of c skip locked)
            update follow_up_step s set claimed_by = :instance, lease_until = :leaseUntil, next_attempt_at = :leaseUntil,
                   attempts = s.attempts + 1
            where s.ctid = any (array(select ctid from due))
            returning\s""" + "s.user_id, s.id, s.contact_id, s.meeting_id, s.kind, s.state, s.due_at, "
            + "s.prompted_at, s.closed_at, s.booked, s.outcome_note, s.prompt_chat_id, s.prompt_message_id" + """
            """)
    List<FollowUpStep> claimDue(@Bind("instance") String instance, @Bind("now") Instant now,
                                @Bind("leaseUntil") Instant leaseUntil, @Bind("limit") int limit);

    /**
     * Records the delivered prompts of a batch in one statement; only the claim holder may, so a taken-over claim
     * is not marked twice. Returns the ids marked. Each step is found by its own primary-key probe (a correlated
     * subquery per key, which the planner cannot turn into a join) and updated by its ctid (a Tid Scan), then
     * joined to the batch's values: a join of two sides of a batch's size. Joined on the key alone, a plan made
     * with the batch's 1,000 keys in view scans and hashes the whole table (13 ms a batch at 100k steps, growing
     * with the history). Run after {@link #planForThisBatch}: the generic plan of a prepared statement takes the
     * batch for 10 rows and rescans it for every step (157 ms a batch). A step changed by someone else since this
     * statement's snapshot (its user answered through the agenda at that very moment) has a new ctid and is left
     * out: the caller marks what is missing one by one with {@link #markPrompted}.
     */
    @SqlQuery("""
            update follow_up_step s set state = 'PROMPTED', prompted_at = :now, prompt_chat_id = x.chat_id,
                   prompt_message_id = x.message_id, claimed_by = null, lease_until = null, next_attempt_at = null,
                   attempts = 0
            from unnest(:userIds, :ids, :chatIds, :messageIds) as x(user_id, id, chat_id, message_id)
            where s.ctid = any (array(select (select c.ctid from follow_up_step c where c.user_id = k.user_id and c.id = k.id)
                                      from unnest(:userIds, :ids) as k(user_id, id)))
              and s.user_id = x.user_id and s.id = x.id and s.claimed_by = :instance
            returning s.id
            """)
    List<Long> markAllPrompted(@Bind("userIds") Long[] userIds, @Bind("ids") Long[] ids, @Bind("chatIds") String[] chatIds,
                               @Bind("messageIds") String[] messageIds, @Bind("instance") String instance,
                               @Bind("now") Instant now);

    /**
     * Until the transaction ends, statements are planned for the arrays bound to them, also once prepared: the
     * batch marks join arrays whose length only a custom plan knows.
     */
    @SqlUpdate("set local plan_cache_mode = force_custom_plan")
    void planForThisBatch();

    /** Records one delivered prompt, by key: what {@link #markAllPrompted} left out. */
    @SqlUpdate("""
            update follow_up_step set state = 'PROMPTED', prompted_at = :now, prompt_chat_id = :chatId,
                   prompt_message_id = :messageId, claimed_by = null, lease_until = null, next_attempt_at = null,
                   attempts = 0
            where user_id = :userId and id = :id and claimed_by = :instance
            """)
    int markPrompted(@Bind("userId") long userId, @Bind("id") long id, @Bind("chatId") String chatId,
                     @Bind("messageId") String messageId, @Bind("instance") String instance, @Bind("now") Instant now);

    /** Gives a claim back (a failed delivery, a resting chat); the step is tried again once {@code retryAt} passes. */
    @SqlUpdate("""
            update follow_up_step set claimed_by = null, lease_until = null, next_attempt_at = :retryAt
            where user_id = :userId and id = :id and claimed_by = :instance
            """)
    int release(@Bind("userId") long userId, @Bind("id") long id, @Bind("instance") String instance,
                @Bind("retryAt") Instant retryAt);

    /**
     * Clears expired claims of claimable steps, read through follow_up_step_due (a held step's key is its lease's
     * end), so the scan is bounded by the backlog, not the history. A parked step keeps its stale claim: the
     * claim takes it over anyway once it is unparked.
     */
    @SqlUpdate("""
            update follow_up_step set claimed_by = null, lease_until = null
            where state in ('PENDING', 'SNOOZED') and parked_at is null and greatest(due_at, next_attempt_at) < :now
              and claimed_by is not null
            """)
    int releaseExpired(@Bind("now") Instant now);

    @SqlUpdate("""
            update follow_up_step set state = :state, closed_at = :closedAt, due_at = coalesce(:dueAt, due_at),
                   booked = :booked, outcome_note = coalesce(:note, outcome_note)
            where user_id = :userId and id = :id
            """)
    int changeState(@Bind("userId") long userId, @Bind("id") long id, @Bind("state") String state,
                    @Bind("closedAt") Instant closedAt, @Bind("dueAt") Instant dueAt,
                    @Bind("booked") boolean booked, @Bind("note") String note);

    /** Puts a step back exactly as it was (undo): every field an answer can change. */
    @SqlUpdate("""
            update follow_up_step set state = :state, due_at = :dueAt, prompted_at = :promptedAt,
                   closed_at = :closedAt, booked = :booked, outcome_note = :outcomeNote,
                   prompt_chat_id = :promptChatId, prompt_message_id = :promptMessageId,
                   claimed_by = null, lease_until = null, next_attempt_at = null
            where user_id = :userId and id = :id
            """)
    int restore(@BindMethods FollowUpStep step);

    /** Puts a step of a forgotten contact back with its own id (undo of forget). */
    @SqlUpdate("""
            insert into follow_up_step (user_id, id, contact_id, meeting_id, kind, state, due_at, prompted_at, closed_at,
                                        booked, outcome_note, prompt_chat_id, prompt_message_id)
            overriding system value
            values (:userId, :id, :contactId, :meetingId, :kind, :state, :dueAt, :promptedAt, :closedAt,
                    :booked, :outcomeNote, :promptChatId, :promptMessageId)
            """)
    void reinsert(@BindMethods FollowUpStep step);

    /** Opens a step as a prompt now (shown from the agenda or a capture): the dispatcher then leaves it alone. */
    @SqlUpdate("""
            update follow_up_step set state = 'PROMPTED', prompted_at = :now, prompt_chat_id = :chatId,
                   prompt_message_id = :messageId, next_attempt_at = null
            where user_id = :userId and id = :id and state in ('PENDING', 'PROMPTED', 'SNOOZED') and claimed_by is null
            """)
    int openAsPrompt(@Bind("userId") long userId, @Bind("id") long id, @Bind("chatId") String chatId,
                     @Bind("messageId") String messageId, @Bind("now") Instant now);

    /** Steps waiting for the user's answer, newest prompt first. */
    @SqlQuery("select " + COLUMNS + """
             from follow_up_step
            where user_id = :userId and state = 'PROMPTED'
            order by prompted_at desc, id desc limit :limit
            """)
    List<FollowUpStep> awaitingAnswer(@Bind("userId") long userId, @Bind("limit") int limit);

    @SqlUpdate("""
            update follow_up_step set prompt_chat_id = :chatId, prompt_message_id = :messageId,
                   prompted_at = coalesce(prompted_at, :now)
            where user_id = :userId and id = :id
            """)
    void attachPrompt(@Bind("userId") long userId, @Bind("id") long id, @Bind("chatId") String chatId,
                      @Bind("messageId") String messageId, @Bind("now") Instant now);

    @SqlUpdate("update follow_up_step set due_at = :dueAt where user_id = :userId and id = :id and state = 'PENDING'")
    int reschedule(@Bind("userId") long userId, @Bind("id") long id, @Bind("dueAt") Instant dueAt);
}
