package com.followupbot.user.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Users (app_user: settings and the owner of every row of data) and the platform identities they are
 * reached through (user_identity). Reads go through the user_account view: the user with the identity
 * prompts go to.
 */
@RegisterConstructorMapper(UserRow.class)
public interface UserDao {

    String COLUMNS = """
            id, platform, platform_user_id, display_name, private_chat_id, language, language_chosen,
            zone, zone_chosen, work_start, work_end, work_days, agenda_time, blocked_at, preferred_platform
            """;

    @SqlQuery("select " + COLUMNS + " from user_account where id = :id")
    Optional<UserRow> byId(@Bind("id") long id);

    @SqlQuery("select " + COLUMNS + " from user_account where id = any(:ids)")
    List<UserRow> byIds(@Bind("ids") Long[] ids);

    /** The user an identity belongs to. */
    @SqlQuery("select user_id from user_identity where platform = :platform and platform_user_id = :platformUserId")
    Optional<Long> userOf(@Bind("platform") String platform, @Bind("platformUserId") String platformUserId);

    @GetGeneratedKeys("id")
    @SqlUpdate("insert into app_user (zone, created_at) values (:zone, :now)")
    long insertUser(@Bind("zone") String zone, @Bind("now") Instant now);

    /** Adds an identity; false when it already exists (another instance enrolled it first). */
    @SqlUpdate("""
            insert into user_identity (platform, platform_user_id, user_id, display_name, last_seen_at)
            values (:platform, :platformUserId, :userId, :displayName, :now)
            on conflict (platform, platform_user_id) do nothing
            """)
    int insertIdentity(@Bind("platform") String platform, @Bind("platformUserId") String platformUserId,
                       @Bind("userId") long userId, @Bind("displayName") String displayName, @Bind("now") Instant now);

    @SqlUpdate("delete from app_user where id = :id")
    void deleteUser(@Bind("id") long id);

    /** The identity wrote: a newer name, the private chat if this was one (which lifts a block), the time. */
    @SqlUpdate("""
            update user_identity set display_name = coalesce(:name, display_name), last_seen_at = :now,
                   private_chat_id = coalesce(:privateChat, private_chat_id),
                   blocked_at = case when cast(:privateChat as text) is null then blocked_at end
            where platform = :platform and platform_user_id = :platformUserId
            """)
    void seen(@Bind("platform") String platform, @Bind("platformUserId") String platformUserId,
              @Bind("name") String name, @Bind("privateChat") String privateChat, @Bind("now") Instant now);

    @SqlUpdate("""
            update user_identity set private_chat_id = :chatId
            where platform = :platform and platform_user_id = :platformUserId
            """)
    void updatePrivateChat(@Bind("platform") String platform, @Bind("platformUserId") String platformUserId,
                           @Bind("chatId") String chatId);

    /** The identity prompts go to refused them: the next one reachable (if any) takes over. */
    @SqlUpdate("""
            update user_identity set blocked_at = :at
            where (platform, platform_user_id) = (select platform, platform_user_id from user_account where id = :id)
            """)
    void blockActiveIdentity(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("update app_user set preferred_platform = :platform where id = :id")
    void updatePreferredPlatform(@Bind("id") long id, @Bind("platform") String platform);

    @SqlQuery("select platform from user_identity where user_id = :id order by last_seen_at desc")
    List<String> platformsOf(@Bind("id") long id);

    @SqlUpdate("update app_user set language = :language, language_chosen = :chosen where id = :id")
    void updateLanguage(@Bind("id") long id, @Bind("language") String language, @Bind("chosen") boolean chosen);

    @SqlUpdate("update app_user set zone = :zone, zone_chosen = :chosen where id = :id")
    void updateZone(@Bind("id") long id, @Bind("zone") String zone, @Bind("chosen") boolean chosen);

    @SqlUpdate("update app_user set work_start = :start, work_end = :end, work_days = :days where id = :id")
    void updateWorkingHours(@Bind("id") long id, @Bind("start") LocalTime start, @Bind("end") LocalTime end,
                            @Bind("days") int days);

    @SqlUpdate("update app_user set agenda_time = :time where id = :id")
    void updateAgendaTime(@Bind("id") long id, @Bind("time") LocalTime time);

    @SqlUpdate("update app_user set next_agenda_at = :at where id = :id")
    void updateNextAgenda(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("update app_user set next_agenda_at = :at where id = :id and next_agenda_at is null")
    void initNextAgenda(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("""
            insert into user_chapter (user_id, chat_id, first_seen_at, last_seen_at) values (:userId, :chatId, :now, :now)
            on conflict (user_id, chat_id) do update set last_seen_at = excluded.last_seen_at
            """)
    void upsertChapter(@Bind("userId") long userId, @Bind("chatId") String chatId, @Bind("now") Instant now);

    @SqlQuery("select chat_id from user_chapter where user_id = :userId order by last_seen_at desc")
    List<String> chapters(@Bind("userId") long userId);

    /** The other users who wrote to the bot from one of this user's chapter groups, most recently seen first. */
    @SqlQuery("""
            select m.user_id from user_chapter m join user_chapter me on me.chat_id = m.chat_id
            where me.user_id = :userId and m.user_id <> :userId
            group by m.user_id order by max(m.last_seen_at) desc limit :limit
            """)
    List<Long> chapterMembers(@Bind("userId") long userId, @Bind("limit") int limit);

    @SqlQuery("select trade from app_user where id = :id")
    String trade(@Bind("id") long id);

    @SqlUpdate("update app_user set trade = :trade where id = :id")
    void setTrade(@Bind("id") long id, @Bind("trade") String trade);

    @SqlQuery("select leaderboard from app_user where id = :id")
    boolean leaderboard(@Bind("id") long id);

    @SqlUpdate("update app_user set leaderboard = :on where id = :id")
    void setLeaderboard(@Bind("id") long id, @Bind("on") boolean on);

    /** Users whose agenda is due, locked so that only one instance sends each. */
    @SqlQuery("select id from app_user where next_agenda_at <= :now order by next_agenda_at limit :limit for update skip locked")
    List<Long> claimDueAgendas(@Bind("now") Instant now, @Bind("limit") int limit);

    /** The user's ask ("facility managers of hotels in Milan, because …"), if set. */
    @SqlQuery("select my_ask from app_user where id = :id")
    Optional<String> ask(@Bind("id") long id);

    @SqlUpdate("update app_user set my_ask = :ask where id = :id")
    void updateAsk(@Bind("id") long id, @Bind("ask") String ask);
}
