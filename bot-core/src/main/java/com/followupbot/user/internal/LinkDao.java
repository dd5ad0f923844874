package com.followupbot.user.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** One-time link codes, and what joining or separating identities needs from the catalog and the tables. */
public interface LinkDao {

    @SqlUpdate("insert into link_code (code, user_id, expires_at) values (:code, :userId, :expiresAt)")
    void insertCode(@Bind("code") String code, @Bind("userId") long userId, @Bind("expiresAt") Instant expiresAt);

    @SqlUpdate("delete from link_code where user_id = :userId")
    void deleteCodesOf(@Bind("userId") long userId);

    /** Takes a code once: a second use, or one after it expired, finds nothing. */
    @SqlQuery("delete from link_code where code = :code and expires_at > :now returning user_id")
    Optional<Long> takeCode(@Bind("code") String code, @Bind("now") Instant now);

    /** Every table holding a user's rows (a user_id column), but the users and identities themselves. */
    @SqlQuery("""
            select c.table_name from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.table_schema = 'public' and c.column_name = 'user_id' and t.table_type = 'BASE TABLE'
              and c.table_name not in ('user_identity', 'link_code')
            order by c.table_name
            """)
    List<String> userTables();

    /** The primary key columns of {@code table} other than user_id. */
    @SqlQuery("""
            select a.attname from pg_index i
            join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
            where i.indrelid = cast(:table as regclass) and i.indisprimary and a.attname <> 'user_id'
            order by a.attname
            """)
    List<String> keyColumns(@Bind("table") String table);

    @SqlQuery("select count(*) from user_identity where user_id = :userId")
    int identities(@Bind("userId") long userId);

    @SqlUpdate("""
            update user_identity set user_id = :to where platform = :platform and platform_user_id = :platformUserId
            """)
    void moveIdentity(@Bind("platform") String platform, @Bind("platformUserId") String platformUserId, @Bind("to") long to);

    @SqlUpdate("update user_identity set user_id = :to where user_id = :from")
    void moveIdentities(@Bind("from") long from, @Bind("to") long to);

    /** A new user with the settings of {@code userId} (an identity leaving starts with the same preferences). */
    @GetGeneratedKeys("id")
    @SqlUpdate("""
            insert into app_user (language, language_chosen, zone, zone_chosen, work_start, work_end, work_days,
                                  agenda_time, created_at)
            select language, language_chosen, zone, zone_chosen, work_start, work_end, work_days, agenda_time, :now
            from app_user where id = :userId
            """)
    long copySettings(@Bind("userId") long userId, @Bind("now") Instant now);
}
