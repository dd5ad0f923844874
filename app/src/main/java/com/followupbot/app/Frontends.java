package com.followupbot.app;

import com.followupbot.slack.SlackConfig;
import com.followupbot.slack.install.SlackInstallSettings;
import com.followupbot.telegram.TelegramConfig;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the frontend from the environment: a platform's token selects that platform, both select both
 * (one bot, one database, people may link their two accounts), none selects the console chat.
 */
public final class Frontends {

    static final String TELEGRAM_TOKEN = "TELEGRAM_BOT_TOKEN";
    static final String SLACK_TOKEN = SlackConfig.BOT_TOKEN;
    /** What a Slack app installed in many workspaces reads ({@link SlackInstallSettings}). */
    private static final List<String> SLACK_INSTALL_VARIABLES = List.of("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET",
            "SLACK_SIGNING_SECRET", "SLACK_REDIRECT_URI", "SLACK_SCOPES", "SLACK_API_URL", "PORT");

    private Frontends() {
    }

    /** {@code consoleFiles}: where the console chat puts the files the bot sends; null for a temporary folder. */
    public static ChatFrontend select(Terminal terminal, ZoneId zone, Path consoleFiles) throws FrontendUnavailableException {
        Optional<TelegramConfig> telegram;
        Optional<SlackConfig> slack;
        try {
            telegram = TelegramConfig.fromEnvironment(terminal::variable);
            slack = SlackConfig.fromEnvironment(terminal::variable);
        } catch (IllegalArgumentException e) { // e.g. a TELEGRAM_API_URL with a path, an xapp- token as the bot token
            throw new FrontendUnavailableException(e.getMessage());
        }
        List<ChatFrontend> frontends = new ArrayList<>();
        if (telegram.isPresent()) {
            frontends.add(TelegramFrontend.connect(telegram.get()));
        }
        if (slack.isPresent()) {
            frontends.add(SlackFrontend.connect(slack.get(), slackInstall(terminal)));
        }
        if (frontends.isEmpty()) {
            return ConsoleFrontend.create(terminal, zone, consoleFiles);
        }
        return frontends.size() == 1 ? frontends.get(0) : new CombinedFrontend(frontends);
    }

    /** Installs in many workspaces when the OAuth client is configured; else the token's own workspace only. */
    private static Optional<SlackInstallSettings> slackInstall(Terminal terminal) throws FrontendUnavailableException {
        if (terminal.variable("SLACK_CLIENT_ID") == null && terminal.variable("SLACK_CLIENT_SECRET") == null) {
            return Optional.empty();
        }
        Map<String, String> env = new HashMap<>();
        for (String name : SLACK_INSTALL_VARIABLES) {
            String value = terminal.variable(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        try {
            return Optional.of(SlackInstallSettings.fromEnvironment(env));
        } catch (IllegalArgumentException e) {
            throw new FrontendUnavailableException(e.getMessage());
        }
    }
}
