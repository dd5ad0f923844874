package com.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.Storage;
import com.followupbot.followup.internal.DeliveryDao;
import com.followupbot.followup.internal.StepDao;
import com.followupbot.testing.TestDatabase;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The marks of a sent batch find their rows by index at any table size. Planned with a batch of 1,000 keys in
 * view (as every one-shot statement is), a plain join on the keys makes PostgreSQL scan and hash the whole step
 * table and the whole outbox, which only grow: a mark of 1,000 took 13 ms at 100k steps and 22 ms at 100k
 * attempts, ten times that at a million. The real statements of the DAOs are explained, with real bound arrays.
 */
class MarkPlanTest {

    private static final int USERS = 3_000;
    private static final int CONTACTS_EACH = 10;
    private static final int BATCH = 1_000;

    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private Long[] userIds;
    private Long[] stepIds;
    private Long[] attemptIds;

    @BeforeEach
    void thirtyThousandStepsAThousandOfThemBeingSent() {
        jdbi.useHandle(h -> {
            h.execute("insert into app_user (zone, created_at) select 'Europe/Rome', now() from generate_series(1, " + USERS + ")");
            h.execute("""
                    insert into meeting (user_id, event, met_on, met_at, time_known, raw_text, language, confirmed, created_at)
                    select id, 'the expo', current_date - 1, now() - interval '1 day', true, 'met them', 'en', true, now() from app_user""");
            h.execute("insert into contact (user_id, full_name, match_key, created_at) select u.id, 'Anna ' || g, 'anna ' || g, now() "
                    + "from app_user u, generate_series(1, " + CONTACTS_EACH + ") g");
            h.execute("""
                    insert into follow_up_step (user_id, contact_id, meeting_id, kind, state, due_at)
                    select c.user_id, c.id, m.id, 'NOTE', 'PENDING', now() - random() * interval '1 hour'
                    from contact c join meeting m on m.user_id = c.user_id""");
            h.execute("insert into prompt_delivery (user_id, step_id, instance, attempted_at) "
                    + "select user_id, id, 'earlier', now() from follow_up_step");
            // a thousand steps spread over the users, claimed and attempted by this instance
            List<long[]> held = h.createQuery("""
                    with picked as (select user_id, id from follow_up_step order by random() limit :batch),
                    claimed as (update follow_up_step s set claimed_by = 'planner' from picked p
                                where s.user_id = p.user_id and s.id = p.id returning s.user_id, s.id)
                    insert into prompt_delivery (user_id, step_id, instance, attempted_at)
                    select user_id, id, 'planner', now() from claimed returning user_id, step_id, id""")
                    .bind("batch", BATCH)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
            userIds = held.stream().map(k -> k[0]).toArray(Long[]::new);
            stepIds = held.stream().map(k -> k[1]).toArray(Long[]::new);
            attemptIds = held.stream().map(k -> k[2]).toArray(Long[]::new);
            h.execute("analyze");
        });
    }

    @Test
    void markingABatchPromptedProbesTheStepsByKey() {
        String plan = explain(update(StepDao.class, "markAllPrompted"), h -> h
                .bind("userIds", userIds).bind("ids", stepIds)
                .bind("chatIds", Arrays.stream(userIds).map(u -> "dm-" + u).toArray(String[]::new))
                .bind("messageIds", Arrays.stream(stepIds).map(s -> "m" + s).toArray(String[]::new))
                .bind("instance", "planner").bind("now", Instant.now()));

        assertThat(plan).contains("follow_up_step_pkey", "Tid Scan").contains("Hash Join").doesNotContain("Seq Scan", "Nested Loop");
    }

    @Test
    void markingABatchDeliveredProbesTheOutboxByKey() {
        String plan = explain(update(DeliveryDao.class, "deliveredAll"), h -> h
                .bind("userIds", userIds).bind("ids", attemptIds)
                .bind("messageIds", Arrays.stream(attemptIds).map(a -> "m" + a).toArray(String[]::new))
                .bind("now", Instant.now()));

        assertThat(plan).contains("prompt_delivery_pkey", "Tid Scan").contains("Hash Join").doesNotContain("Seq Scan", "Nested Loop");
    }

    /**
     * pgjdbc prepares a statement on the server from its fifth run on a connection, and PostgreSQL then plans it
     * once for any arrays, taking each for 10 rows: the batch would be rescanned for every row marked. The
     * mark's transaction keeps every run custom-planned.
     */
    @Test
    void aPreparedMarkIsStillPlannedForItsBatch() {
        String prepared = "prepare mark (bigint[], bigint[], text[], text[], text, timestamptz) as " + positional(
                update(StepDao.class, "markAllPrompted"), "userIds", "ids", "chatIds", "messageIds", "instance", "now");
        String execute = "explain execute mark (" + literal(userIds) + ", " + literal(stepIds) + ", "
                + literal(Arrays.stream(userIds).map(u -> "dm-" + u).toArray()) + ", "
                + literal(Arrays.stream(stepIds).map(id -> "m" + id).toArray()) + ", 'planner', now())";

        String generic = jdbi.inTransaction(h -> {
            h.execute(prepared);
            h.execute("set local plan_cache_mode = force_generic_plan"); // what plan caching gives from the sixth run
            String plan = String.join("\n", h.createQuery(execute).mapTo(String.class).list());
            h.execute("deallocate mark");
            return plan;
        });
        String inMark = jdbi.inTransaction(h -> {
            h.execute(prepared);
            h.attach(StepDao.class).planForThisBatch();
            for (int run = 1; run <= 6; run++) { // by default, the sixth run on would be generic
                h.createQuery(execute).mapTo(String.class).list();
            }
            String plan = String.join("\n", h.createQuery(execute).mapTo(String.class).list());
            h.execute("deallocate mark");
            return plan;
        });

        assertThat(generic).as("the danger").contains("Nested Loop");
        assertThat(inMark).contains("Hash Join").doesNotContain("Nested Loop", "Seq Scan");
    }

    /** The DAO's statement with numbered parameters, {@code names} giving their numbers. */
    private static String positional(String sql, String... names) {
        for (int i = 0; i < names.length; i++) {
            sql = sql.replaceAll(":" + names[i] + "\\b", "\\$" + (i + 1));
        }
        return sql;
    }

    private static String literal(Object[] values) {
        return "'{" + String.join(",", Arrays.stream(values).map(String::valueOf).toList()) + "}'";
    }

    @Test
    void theBatchMarkMarksEveryHeldStepAndEveryAttempt() {
        List<Long> marked = jdbi.withExtension(StepDao.class, dao -> dao.markAllPrompted(userIds, stepIds,
                Arrays.stream(userIds).map(u -> "dm-" + u).toArray(String[]::new),
                Arrays.stream(stepIds).map(s -> "m" + s).toArray(String[]::new), "planner", Instant.now()));
        int delivered = jdbi.withExtension(DeliveryDao.class, dao -> dao.deliveredAll(userIds, attemptIds,
                Arrays.stream(attemptIds).map(a -> "m" + a).toArray(String[]::new), Instant.now()));

        assertThat(marked).containsExactlyInAnyOrder(stepIds);
        assertThat(delivered).isEqualTo(BATCH);
        assertThat(count("""
                select count(*) from follow_up_step where state = 'PROMPTED' and claimed_by is null
                and prompt_chat_id = 'dm-' || user_id and prompt_message_id = 'm' || id""")).as("each its own message").isEqualTo(BATCH);
        assertThat(count("select count(*) from prompt_delivery where delivered_at is not null and message_id = 'm' || id"))
                .isEqualTo(BATCH);
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private interface Binder {
        org.jdbi.v3.core.statement.Query bind(org.jdbi.v3.core.statement.Query query);
    }

    private String explain(String sql, Binder binder) {
        return jdbi.withHandle((Handle h) -> String.join("\n", binder.bind(h.createQuery("explain " + sql))
                .mapTo(String.class).list()));
    }

    /** The statement a DAO method runs, as written on it: the test explains what the dispatcher executes. */
    private static String update(Class<?> dao, String method) {
        return Arrays.stream(dao.getMethods()).filter(m -> m.getName().equals(method)).findFirst()
                .map(m -> m.isAnnotationPresent(SqlUpdate.class) ? m.getAnnotation(SqlUpdate.class).value()
                        : m.getAnnotation(SqlQuery.class).value())
                .orElseThrow();
    }
}
