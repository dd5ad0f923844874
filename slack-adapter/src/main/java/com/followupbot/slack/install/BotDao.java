package com.followupbot.slack.install;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * slack_bot: one row per installation; of a workspace's active rows the latest installed_at is its current
 * bot.
 */
@RegisterConstructorMapper(StoredBot.class)
interface BotDao {

    /**
     * One workspace: a team, whether or not its rows were saved before it joined a Grid org (a team id is
     * unique across Slack), or, with no team, an org-wide install of that enterprise.
     */
    String SAME_WORKSPACE = """
             coalesce(team_id, '') = coalesce(:teamId, '')
             and (enterprise_id = :enterpriseId or enterprise_id is null and team_id is not null)
            """;

    /** Saves one installation; saved again (token rotation) it is updated and made active again. */
    @SqlUpdate("""
            insert into slack_bot (app_id, enterprise_id, enterprise_name, enterprise_url, team_id, team_name,
                is_enterprise_install, token_type, bot_id, bot_user_id, bot_scope, bot_token, bot_refresh_token,
                bot_token_expires_at, installed_at, active)
            values (:appId, :enterpriseId, :enterpriseName, :enterpriseUrl, :teamId, :teamName,
                :isEnterpriseInstall, :tokenType, :botId, :botUserId, :botScope, :botToken, :botRefreshToken,
                :botTokenExpiresAt, :installedAt, true)
            on conflict (coalesce(team_id, ''), coalesce(enterprise_id, ''), installed_at) do update set
                app_id = excluded.app_id, enterprise_name = excluded.enterprise_name,
                enterprise_url = excluded.enterprise_url, team_name = excluded.team_name,
                is_enterprise_install = excluded.is_enterprise_install, token_type = excluded.token_type,
                bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id, bot_scope = excluded.bot_scope,
                bot_token = excluded.bot_token, bot_refresh_token = excluded.bot_refresh_token,
                bot_token_expires_at = excluded.bot_token_expires_at, active = true
            """)
    void upsert(@BindMethods StoredBot bot);

    @SqlUpdate("delete from slack_bot where" + SAME_WORKSPACE + "and installed_at < :installedAt")
    void deleteOlder(@BindMethods StoredBot bot);

    @SqlUpdate("update slack_bot set active = false where" + SAME_WORKSPACE + "and installed_at < :installedAt")
    void retireOlder(@BindMethods StoredBot bot);

    @SqlQuery("select * from slack_bot where" + SAME_WORKSPACE + "and active order by installed_at desc limit 1")
    Optional<StoredBot> current(@Bind("enterpriseId") String enterpriseId, @Bind("teamId") String teamId);

    /** The current bot of a workspace, by team id alone (in an org or not): what the adapter asks. */
    @SqlQuery("select * from slack_bot where team_id = :teamId and active order by installed_at desc limit 1")
    Optional<StoredBot> currentOfTeam(@Bind("teamId") String teamId);

    /** Locks one installation's row until the transaction ends, so one instance at a time rotates it. */
    @SqlQuery("select * from slack_bot where" + SAME_WORKSPACE + "and installed_at = :installedAt for update")
    Optional<StoredBot> lock(@BindMethods StoredBot bot);

    @SqlUpdate("""
            update slack_bot set bot_token = :botToken, bot_refresh_token = :botRefreshToken,
                bot_token_expires_at = :botTokenExpiresAt
            where""" + SAME_WORKSPACE + "and installed_at = :installedAt")
    void updateTokens(@BindMethods StoredBot bot);

    @SqlUpdate("delete from slack_bot where" + SAME_WORKSPACE + "and active")
    void deleteActive(@Bind("enterpriseId") String enterpriseId, @Bind("teamId") String teamId);

    @SqlUpdate("update slack_bot set active = false where" + SAME_WORKSPACE)
    void retireAll(@Bind("enterpriseId") String enterpriseId, @Bind("teamId") String teamId);

    /** Every bot of a workspace (or org), history too. */
    @SqlUpdate("delete from slack_bot where" + SAME_WORKSPACE)
    void deleteWorkspace(@Bind("enterpriseId") String enterpriseId, @Bind("teamId") String teamId);

    @SqlUpdate("delete from slack_bot where team_id = :teamId")
    void deleteTeam(@Bind("teamId") String teamId);

    /** Saves an installation; the workspace's older ones are kept inactive (history) or deleted. */
    default void save(StoredBot bot, boolean keepHistory) {
        upsert(bot);
        if (keepHistory) {
            retireOlder(bot);
        } else {
            deleteOlder(bot);
        }
    }

    /** The workspace's bot is gone (tokens revoked); with history kept, its rows stay but inactive. */
    default void deleteCurrent(String enterpriseId, String teamId, boolean keepHistory) {
        if (keepHistory) {
            retireAll(enterpriseId, teamId);
        } else {
            deleteActive(enterpriseId, teamId);
        }
    }

    /** Bolt's lookup: for a workspace of a Grid org an org-wide install first, then the workspace's own. */
    default Optional<StoredBot> find(String enterpriseId, String teamId) {
        Optional<StoredBot> orgWide = enterpriseId == null ? Optional.empty() : current(enterpriseId, null);
        return orgWide.isPresent() || teamId == null ? orgWide : current(enterpriseId, teamId);
    }
}
