package com.followupbot.slack.install;

import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;

/** The pages an installer sees after Slack sends them back: plain and short. */
final class InstallPages implements OAuthRedirectUriPageRenderer {

    @Override
    public String renderSuccessPage(Installer installer, String completionUrl) {
        String open = completionUrl != null ? completionUrl
                : installer == null || installer.getTeamId() == null || installer.getAppId() == null ? "slack://open"
                : "slack://app?team=" + installer.getTeamId() + "&id=" + installer.getAppId();
        return page("Follow-Up Bot is installed",
                "Follow-Up Bot is now in your workspace. Write to it in Slack to get started.",
                "<a href=\"" + escape(open) + "\">Open Slack</a>");
    }

    @Override
    public String renderFailurePage(String installPath, String reason) {
        return page("Installation did not complete",
                "Follow-Up Bot was not installed (" + (reason == null ? "unknown error" : reason) + ").",
                "<a href=\"" + escape(installPath == null ? SlackInstall.INSTALL_PATH : installPath) + "\">Try again</a>");
    }

    private static String page(String title, String text, String link) {
        return "<!doctype html><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + "<h1>" + escape(title) + "</h1><p>" + escape(text) + "</p><p>" + link + "</p>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
