package com.followupbot.slack.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.time.Instant;

/**
 * A row of slack_bot: Bolt's {@link Bot} with times as instants (public only because Jdbi binds and maps
 * it by reflection). Holds a token, so it is never logged (toString leaves the tokens out).
 */
public record StoredBot(
        String appId,
        String enterpriseId,
        String enterpriseName,
        String enterpriseUrl,
        String teamId,
        String teamName,
        boolean isEnterpriseInstall,
        String tokenType,
        String botId,
        String botUserId,
        String botScope,
        String botToken,
        String botRefreshToken,
        Instant botTokenExpiresAt,
        Instant installedAt) {

    static StoredBot of(Bot bot) {
        // Bot has no names; Bolt's own DefaultBot carries them.
        DefaultBot named = bot instanceof DefaultBot d ? d : null;
        return new StoredBot(bot.getAppId(), bot.getEnterpriseId(), named == null ? null : named.getEnterpriseName(),
                bot.getEnterpriseUrl(), bot.getTeamId(), named == null ? null : named.getTeamName(),
                Boolean.TRUE.equals(bot.getIsEnterpriseInstall()), bot.getTokenType(), bot.getBotId(),
                bot.getBotUserId(), bot.getBotScope(), bot.getBotAccessToken(), bot.getBotRefreshToken(),
                Times.instant(bot.getBotTokenExpiresAt()), Times.installedAt(bot.getInstalledAt()));
    }

    /** The bot half of an installation (not {@link Installer#toBot()}, which drops the bot scope). */
    static StoredBot of(Installer installer) {
        DefaultInstaller named = installer instanceof DefaultInstaller d ? d : null;
        return new StoredBot(installer.getAppId(), installer.getEnterpriseId(),
                named == null ? null : named.getEnterpriseName(), installer.getEnterpriseUrl(), installer.getTeamId(),
                named == null ? null : named.getTeamName(), Boolean.TRUE.equals(installer.getIsEnterpriseInstall()),
                installer.getTokenType(), installer.getBotId(), installer.getBotUserId(), installer.getBotScope(),
                installer.getBotAccessToken(), installer.getBotRefreshToken(),
                Times.instant(installer.getBotTokenExpiresAt()), Times.installedAt(installer.getInstalledAt()));
    }

    DefaultBot toBot() {
        DefaultBot bot = new DefaultBot();
        bot.setAppId(appId);
        bot.setEnterpriseId(enterpriseId);
        bot.setEnterpriseName(enterpriseName);
        bot.setEnterpriseUrl(enterpriseUrl);
        bot.setTeamId(teamId);
        bot.setTeamName(teamName);
        bot.setIsEnterpriseInstall(isEnterpriseInstall);
        bot.setTokenType(tokenType);
        bot.setBotId(botId);
        bot.setBotUserId(botUserId);
        bot.setBotScope(botScope);
        bot.setScope(botScope);
        bot.setBotAccessToken(botToken);
        bot.setBotRefreshToken(botRefreshToken);
        bot.setBotTokenExpiresAt(Times.millis(botTokenExpiresAt));
        bot.setInstalledAt(Times.millis(installedAt));
        return bot;
    }

    StoredBot withTokens(String token, String refreshToken, Instant expiresAt) {
        return new StoredBot(appId, enterpriseId, enterpriseName, enterpriseUrl, teamId, teamName,
                isEnterpriseInstall, tokenType, botId, botUserId, botScope, token, refreshToken, expiresAt,
                installedAt);
    }

    @Override
    public String toString() {
        return "StoredBot[enterpriseId=" + enterpriseId + ", teamId=" + teamId + ", botUserId=" + botUserId
                + ", installedAt=" + installedAt + "]";
    }
}
