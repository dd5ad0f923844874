package com.followupbot.slack.install;

import com.slack.api.bolt.model.builtin.DefaultInstaller;

/** Installations as Bolt's OAuth success handler builds them. */
final class Installations {

    private Installations() {
    }

    /** A workspace install by {@code userId}, bot token only; distinct tokens per team, user and time. */
    static DefaultInstaller workspace(String teamId, String userId, long installedAt) {
        return DefaultInstaller.builder()
                .appId("A0APP")
                .teamId(teamId)
                .teamName("Team " + teamId)
                .isEnterpriseInstall(false)
                .tokenType("bot")
                .installerUserId(userId)
                .botId("B" + teamId)
                .botUserId("U0BOT" + teamId)
                .botScope("chat:write,im:write,commands")
                .botAccessToken(botToken(teamId, installedAt))
                .installedAt(installedAt)
                .build();
    }

    static String botToken(String teamId, long installedAt) {
        return "xoxb-" + teamId + "-" + installedAt + "-bot-token-for-tests";
    }

    /** An org-wide install of an Enterprise Grid org: no team. */
    static DefaultInstaller orgWide(String enterpriseId, String userId, long installedAt) {
        DefaultInstaller installer = workspace(null, userId, installedAt);
        installer.setEnterpriseId(enterpriseId);
        installer.setEnterpriseName("Org " + enterpriseId);
        installer.setEnterpriseUrl("https://org.enterprise.slack.com/");
        installer.setIsEnterpriseInstall(true);
        installer.setBotAccessToken(botToken(enterpriseId, installedAt));
        return installer;
    }
}
