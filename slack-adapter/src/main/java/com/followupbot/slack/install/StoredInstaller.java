package com.followupbot.slack.install;

import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.time.Instant;

/**
 * A row of slack_installer: Bolt's {@link Installer} with times as instants (public only because Jdbi
 * binds and maps it by reflection). Holds tokens, so it is never logged (toString leaves them out).
 */
public record StoredInstaller(
        String appId,
        String enterpriseId,
        String enterpriseName,
        String enterpriseUrl,
        String teamId,
        String teamName,
        boolean isEnterpriseInstall,
        String tokenType,
        String installerUserId,
        String installerUserScope,
        String installerUserToken,
        String installerUserRefreshToken,
        Instant installerUserTokenExpiresAt,
        String botId,
        String botUserId,
        String botScope,
        String botToken,
        String botRefreshToken,
        Instant botTokenExpiresAt,
        String incomingWebhookUrl,
        String incomingWebhookChannelId,
        String incomingWebhookConfigurationUrl,
        Instant installedAt) {

    static StoredInstaller of(Installer i) {
        // Installer has no names; Bolt's own DefaultInstaller carries them.
        DefaultInstaller named = i instanceof DefaultInstaller d ? d : null;
        return new StoredInstaller(i.getAppId(), i.getEnterpriseId(), named == null ? null : named.getEnterpriseName(),
                i.getEnterpriseUrl(), i.getTeamId(), named == null ? null : named.getTeamName(),
                Boolean.TRUE.equals(i.getIsEnterpriseInstall()), i.getTokenType(), i.getInstallerUserId(),
                i.getInstallerUserScope(), i.getInstallerUserAccessToken(), i.getInstallerUserRefreshToken(),
                Times.instant(i.getInstallerUserTokenExpiresAt()), i.getBotId(), i.getBotUserId(), i.getBotScope(),
                i.getBotAccessToken(), i.getBotRefreshToken(), Times.instant(i.getBotTokenExpiresAt()),
                i.getIncomingWebhookUrl(), i.getIncomingWebhookChannelId(), i.getIncomingWebhookConfigurationUrl(),
                Times.installedAt(i.getInstalledAt()));
    }

    DefaultInstaller toInstaller() {
        return DefaultInstaller.builder()
                .appId(appId)
                .enterpriseId(enterpriseId)
                .enterpriseName(enterpriseName)
                .enterpriseUrl(enterpriseUrl)
                .teamId(teamId)
                .teamName(teamName)
                .isEnterpriseInstall(isEnterpriseInstall)
                .tokenType(tokenType)
                .installerUserId(installerUserId)
                .installerUserScope(installerUserScope)
                .installerUserAccessToken(installerUserToken)
                .installerUserRefreshToken(installerUserRefreshToken)
                .installerUserTokenExpiresAt(Times.millis(installerUserTokenExpiresAt))
                .botId(botId)
                .botUserId(botUserId)
                .botScope(botScope)
                .botAccessToken(botToken)
                .botRefreshToken(botRefreshToken)
                .botTokenExpiresAt(Times.millis(botTokenExpiresAt))
                .incomingWebhookUrl(incomingWebhookUrl)
                .incomingWebhookChannelId(incomingWebhookChannelId)
                .incomingWebhookConfigurationUrl(incomingWebhookConfigurationUrl)
                .installedAt(Times.millis(installedAt))
                .build();
    }

    @Override
    public String toString() {
        return "StoredInstaller[enterpriseId=" + enterpriseId + ", teamId=" + teamId + ", installerUserId="
                + installerUserId + ", installedAt=" + installedAt + "]";
    }
}
