package com.followupbot.app;

import java.util.Optional;
import java.util.Set;

/**
 * {@code FOLLOWUP_LOG_FORMAT}: {@code text} (the default) or {@code json}, one JSON object per line for a
 * log collector. logback.xml picks its appender by this very name, so any other value would leave the bot
 * with no logs at all: it is refused before anything runs.
 */
final class LogFormat {

    static final String VARIABLE = "FOLLOWUP_LOG_FORMAT";
    private static final Set<String> FORMATS = Set.of("text", "json");

    private LogFormat() {
    }

    /** The one line to print when the variable is set to something logback.xml does not know. */
    static Optional<String> problem(Terminal terminal) {
        String value = terminal.variable(VARIABLE);
        if (value == null || FORMATS.contains(value)) {
            return Optional.empty();
        }
        return Optional.of(VARIABLE + ": " + StartupException.quoted(value) + " is not a log format. Use json or text (the default).");
    }
}
