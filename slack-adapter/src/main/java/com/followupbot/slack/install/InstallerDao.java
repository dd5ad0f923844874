package com.followupbot.slack.install;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * slack_installer: one row per installation by a user; of a user's active rows in a workspace the latest
 * installed_at is current.
 */
@RegisterConstructorMapper(StoredInstaller.class)
interface InstallerDao {

    /** One user of one workspace; a workspace as in {@link BotDao#SAME_WORKSPACE}. */
    String SAME_INSTALLER = BotDao.SAME_WORKSPACE + """
             and coalesce(installer_user_id, '') = coalesce(:installerUserId, '')
            """;

    @SqlUpdate("""
            insert into slack_installer (app_id, enterprise_id, enterprise_name, enterprise_url, team_id, team_name,
                is_enterprise_install, token_type, installer_user_id, installer_user_scope, installer_user_token,
                installer_user_refresh_token, installer_user_token_expires_at, bot_id, bot_user_id, bot_scope,
                bot_token, bot_refresh_token, bot_token_expires_at, incoming_webhook_url,
                incoming_webhook_channel_id, incoming_webhook_configuration_url, installed_at, active)
            values (:appId, :enterpriseId, :enterpriseName, :enterpriseUrl, :teamId, :teamName,
                :isEnterpriseInstall, :tokenType, :installerUserId, :installerUserScope, :installerUserToken,
                :installerUserRefreshToken, :installerUserTokenExpiresAt, :botId, :botUserId, :botScope,
                :botToken, :botRefreshToken, :botTokenExpiresAt, :incomingWebhookUrl,
                :incomingWebhookChannelId, :incomingWebhookConfigurationUrl, :installedAt, true)
            on conflict (coalesce(team_id, ''), coalesce(enterprise_id, ''), coalesce(installer_user_id, ''),
                installed_at) do update set
                app_id = excluded.app_id, enterprise_name = excluded.enterprise_name,
                enterprise_url = excluded.enterprise_url, team_name = excluded.team_name,
                is_enterprise_install = excluded.is_enterprise_install, token_type = excluded.token_type,
                installer_user_scope = excluded.installer_user_scope,
                installer_user_token = excluded.installer_user_token,
                installer_user_refresh_token = excluded.installer_user_refresh_token,
                installer_user_token_expires_at = excluded.installer_user_token_expires_at,
                bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id, bot_scope = excluded.bot_scope,
                bot_token = excluded.bot_token, bot_refresh_token = excluded.bot_refresh_token,
                bot_token_expires_at = excluded.bot_token_expires_at,
                incoming_webhook_url = excluded.incoming_webhook_url,
                incoming_webhook_channel_id = excluded.incoming_webhook_channel_id,
                incoming_webhook_configuration_url = excluded.incoming_webhook_configuration_url,
                active = true
            """)
    void upsert(@BindMethods StoredInstaller installer);

    @SqlUpdate("delete from slack_installer where" + SAME_INSTALLER + "and installed_at < :installedAt")
    void deleteOlder(@BindMethods StoredInstaller installer);

    @SqlUpdate("update slack_installer set active = false where" + SAME_INSTALLER + "and installed_at < :installedAt")
    void retireOlder(@BindMethods StoredInstaller installer);

    @SqlQuery("select * from slack_installer where" + SAME_INSTALLER + "and active order by installed_at desc limit 1")
    Optional<StoredInstaller> current(@Bind("enterpriseId") String enterpriseId, @Bind("teamId") String teamId,
            @Bind("installerUserId") String userId);

    @SqlUpdate("delete from slack_installer where" + SAME_INSTALLER + "and active")
    void deleteActive(@Bind("enterpriseId") String enterpriseId, @Bind("teamId") String teamId,
            @Bind("installerUserId") String userId);

    @SqlUpdate("update slack_installer set active = false where" + SAME_INSTALLER)
    void retireAll(@Bind("enterpriseId") String enterpriseId, @Bind("teamId") String teamId,
            @Bind("installerUserId") String userId);

    /** Every installer of a workspace (or org), history too. */
    @SqlUpdate("delete from slack_installer where" + BotDao.SAME_WORKSPACE)
    void deleteWorkspace(@Bind("enterpriseId") String enterpriseId, @Bind("teamId") String teamId);

    @SqlUpdate("delete from slack_installer where team_id = :teamId")
    void deleteTeam(@Bind("teamId") String teamId);

    /** Saves an installation; the user's older ones in the workspace are kept inactive (history) or deleted. */
    default void save(StoredInstaller installer, boolean keepHistory) {
        upsert(installer);
        if (keepHistory) {
            retireOlder(installer);
        } else {
            deleteOlder(installer);
        }
    }

    /** The user's installation is gone (tokens revoked); with history kept, its rows stay but inactive. */
    default void deleteCurrent(String enterpriseId, String teamId, String userId, boolean keepHistory) {
        if (keepHistory) {
            retireAll(enterpriseId, teamId, userId);
        } else {
            deleteActive(enterpriseId, teamId, userId);
        }
    }

    /** Bolt's lookup: for a workspace of a Grid org an org-wide install first, then the workspace's own. */
    default Optional<StoredInstaller> find(String enterpriseId, String teamId, String userId) {
        Optional<StoredInstaller> orgWide = enterpriseId == null ? Optional.empty()
                : current(enterpriseId, null, userId);
        return orgWide.isPresent() || teamId == null ? orgWide : current(enterpriseId, teamId, userId);
    }
}
