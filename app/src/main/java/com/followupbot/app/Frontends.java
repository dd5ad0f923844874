package com.followupbot.app;

import com.followupbot.telegram.TelegramConfig;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Chooses the frontend from the environment: a platform token selects that platform, none selects the
 * console chat. The Slack adapter plugs in here when it arrives.
 */
public final class Frontends {

    static final String TELEGRAM_TOKEN = "TELEGRAM_BOT_TOKEN";
    static final String SLACK_TOKEN = "SLACK_BOT_TOKEN";

    private Frontends() {
    }

    public static ChatFrontend select(Terminal terminal, ZoneId zone) throws FrontendUnavailableException {
        boolean slack = terminal.variable(SLACK_TOKEN) != null;
        Optional<TelegramConfig> telegram;
        try {
            telegram = TelegramConfig.fromEnvironment(terminal::variable);
        } catch (IllegalArgumentException e) { // e.g. a TELEGRAM_API_URL with a path
            throw new FrontendUnavailableException(e.getMessage());
        }
        if (telegram.isPresent() && slack) {
            throw new FrontendUnavailableException(TELEGRAM_TOKEN + " and " + SLACK_TOKEN + " are both set: unset one of them.");
        }
        if (telegram.isPresent()) {
            return TelegramFrontend.connect(telegram.get());
        }
        if (slack) {
            throw new FrontendUnavailableException(SLACK_TOKEN + " is set, but the Slack adapter arrives in a later"
                    + " issue: this version chats on Telegram or the console. Unset " + SLACK_TOKEN + " to use the console chat.");
        }
        return ConsoleFrontend.create(terminal, zone);
    }
}
