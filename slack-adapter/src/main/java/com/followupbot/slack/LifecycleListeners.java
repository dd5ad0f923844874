package com.followupbot.slack;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.ChatId;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's listeners for the app's own life in a workspace: a user opening the App Home (the core shows it
 * afresh), and the app being uninstalled or its bot token revoked (the workspace is forgotten). Acked at
 * once like everything else; the work runs on the lanes.
 */
final class LifecycleListeners {

    private static final Logger log = LoggerFactory.getLogger(LifecycleListeners.class);

    private final FollowUpBot bot;
    private final DirectMessages dms;
    private final UserProfiles profiles;
    private final BotTokens tokens;
    private final WorkLanes lanes;

    LifecycleListeners(FollowUpBot bot, DirectMessages dms, UserProfiles profiles, BotTokens tokens, WorkLanes lanes) {
        this.bot = bot;
        this.dms = dms;
        this.profiles = profiles;
        this.tokens = tokens;
        this.lanes = lanes;
    }

    void register(App app) {
        app.event(AppHomeOpenedEvent.class, (p, ctx) -> {
            homeOpened(p.getTeamId(), p.getEvent());
            return ctx.ack();
        });
        app.event(AppUninstalledEvent.class, (p, ctx) -> {
            removed(p.getTeamId(), "app_uninstalled");
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (p, ctx) -> {
            var revoked = p.getEvent().getTokens();
            if (revoked != null && revoked.getBot() != null && !revoked.getBot().isEmpty()) {
                removed(p.getTeamId(), "tokens_revoked"); // only user tokens going is nothing to the bot
            }
            return ctx.ack();
        });
    }

    private void homeOpened(String team, AppHomeOpenedEvent opened) {
        if (opened.getUser() == null || opened.getChannel() == null || "messages".equals(opened.getTab())) {
            return; // the Messages tab is the DM itself: nothing to show
        }
        String user = SlackIds.of(team, opened.getUser());
        String channel = SlackIds.of(team, opened.getChannel());
        lanes.submit(user, "home", () -> {
            dms.remember(user, channel);
            bot.openHome(profiles.of(team, opened.getUser(), null), ChatId.privateChat(channel));
        });
    }

    private void removed(String team, String why) {
        lanes.submit("workspace:" + team, why, () -> {
            log.info("Slack workspace {} removed the app ({})", team, why);
            tokens.removed(team);
        });
    }
}
