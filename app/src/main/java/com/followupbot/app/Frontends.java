package com.followupbot.app;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * Chooses the frontend from the environment: a platform token selects that platform, none selects the
 * console chat. The Telegram and Slack adapters plug in here when they arrive.
 */
public final class Frontends {

    static final String TELEGRAM_TOKEN = "TELEGRAM_BOT_TOKEN";
    static final String SLACK_TOKEN = "SLACK_BOT_TOKEN";

    private Frontends() {
    }

    public static ChatFrontend select(Terminal terminal, ZoneId zone) throws FrontendUnavailableException {
        List<String> platformTokens = Stream.of(TELEGRAM_TOKEN, SLACK_TOKEN)
                .filter(name -> terminal.variable(name) != null)
                .toList();
        if (!platformTokens.isEmpty()) {
            throw new FrontendUnavailableException(String.join(" and ", platformTokens)
                    + (platformTokens.size() == 1 ? " is" : " are")
                    + " set, but the Telegram and Slack adapters arrive in a later issue: this version only chats on"
                    + " the console. Unset " + String.join(" and ", platformTokens) + " to use the console chat.");
        }
        return ConsoleFrontend.create(terminal, zone);
    }
}
