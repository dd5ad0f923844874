package com.followupbot.followup.internal;

import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The prompt_delivery outbox: an attempt is written before the chat port is called. */
public interface DeliveryDao {

    /** The attempts of a batch, one statement: step id to attempt id. */
    @KeyColumn("step_id")
    @ValueColumn("id")
    @SqlQuery("""
            insert into prompt_delivery (user_id, step_id, instance, attempted_at)
            select a.user_id, a.step_id, :instance, :now from unnest(:userIds, :stepIds) as a(user_id, step_id)
            returning step_id, id
            """)
    Map<Long, Long> attemptAll(@Bind("userIds") Long[] userIds, @Bind("stepIds") Long[] stepIds,
                               @Bind("instance") String instance, @Bind("now") Instant now);

    /**
     * Marks a batch's attempts delivered, one statement, planned as {@code StepDao.markAllPrompted} (and after its
     * {@code planForThisBatch}): each attempt found by its own primary-key probe and updated by its ctid, joined
     * to the batch's message ids. Joined on the key alone, the planner hashes the whole outbox, which only grows
     * (22 ms a batch at 100k attempts). Only the dispatcher that wrote an attempt updates it, so its ctid holds
     * until this update.
     */
    @SqlUpdate("""
            update prompt_delivery d set delivered_at = :now, message_id = x.message_id
            from unnest(:userIds, :ids, :messageIds) as x(user_id, id, message_id)
            where d.ctid = any (array(select (select p.ctid from prompt_delivery p where p.user_id = k.user_id and p.id = k.id)
                                      from unnest(:userIds, :ids) as k(user_id, id)))
              and d.user_id = x.user_id and d.id = x.id
            """)
    int deliveredAll(@Bind("userIds") Long[] userIds, @Bind("ids") Long[] ids, @Bind("messageIds") String[] messageIds,
                     @Bind("now") Instant now);

    /** An attempt written for a prompt that was then not sent after all. */
    @SqlUpdate("delete from prompt_delivery where user_id = :userId and id = :id and delivered_at is null")
    void withdraw(@Bind("userId") long userId, @Bind("id") long id);

    @SqlUpdate("update prompt_delivery set error = :error where user_id = :userId and id = :id")
    void failed(@Bind("userId") long userId, @Bind("id") long id, @Bind("error") String error);

    /** Failed attempts for a step since its last delivered prompt: how far its retries have backed off. */
    @SqlQuery("""
            select count(*) from prompt_delivery d
            where d.user_id = :userId and d.step_id = :stepId and d.error is not null
              and d.attempted_at > coalesce((select max(s.delivered_at) from prompt_delivery s
                                              where s.user_id = :userId and s.step_id = :stepId), '-infinity')
            """)
    int failuresSinceDelivery(@Bind("userId") long userId, @Bind("stepId") long stepId);
}
