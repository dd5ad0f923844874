package com.followupbot.user.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The app_user table. */
@RegisterConstructorMapper(UserRow.class)
public interface UserDao {

    String COLUMNS = """
            id, platform, platform_user_id, display_name, private_chat_id, language, language_chosen,
            zone, zone_chosen, work_start, work_end, work_days, agenda_time, blocked_at
            """;

    @SqlQuery("select " + COLUMNS + " from app_user where platform = :platform and platform_user_id = :platformUserId")
    Optional<UserRow> find(@Bind("platform") String platform, @Bind("platformUserId") String platformUserId);

    @SqlQuery("select " + COLUMNS + " from app_user where id = :id")
    Optional<UserRow> byId(@Bind("id") long id);

    @SqlUpdate("""
            insert into app_user (platform, platform_user_id, display_name, zone, created_at)
            values (:platform, :platformUserId, :displayName, :zone, :now)
            on conflict (platform, platform_user_id) do nothing
            """)
    void insertIfAbsent(@Bind("platform") String platform, @Bind("platformUserId") String platformUserId,
                        @Bind("displayName") String displayName, @Bind("zone") String zone, @Bind("now") Instant now);

    @SqlUpdate("update app_user set display_name = coalesce(:name, display_name) where id = :id")
    void updateDisplayName(@Bind("id") long id, @Bind("name") String name);

    @SqlUpdate("update app_user set private_chat_id = :chatId where id = :id")
    void updatePrivateChat(@Bind("id") long id, @Bind("chatId") String chatId);

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

    @SqlUpdate("update app_user set blocked_at = :at where id = :id")
    void updateBlocked(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("""
            insert into user_chapter (user_id, chat_id, first_seen_at, last_seen_at) values (:userId, :chatId, :now, :now)
            on conflict (user_id, chat_id) do update set last_seen_at = excluded.last_seen_at
            """)
    void upsertChapter(@Bind("userId") long userId, @Bind("chatId") String chatId, @Bind("now") Instant now);

    @SqlQuery("select chat_id from user_chapter where user_id = :userId order by last_seen_at desc")
    List<String> chapters(@Bind("userId") long userId);

    /** Users whose agenda is due, locked so that only one instance sends each. */
    @SqlQuery("select id from app_user where next_agenda_at <= :now order by next_agenda_at limit :limit for update skip locked")
    List<Long> claimDueAgendas(@Bind("now") Instant now, @Bind("limit") int limit);
}
