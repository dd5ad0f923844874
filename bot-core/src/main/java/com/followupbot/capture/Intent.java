package com.followupbot.capture;

import java.util.Locale;

/** What a message is for; {@link #json()} is the value of the {@code parse} command's "intent". */
public enum Intent {
    /** "met Anna Rossi from Acme at the expo": log a meeting. */
    CAPTURE,
    /** "emailed Anna", "connected with Anna on LinkedIn": a follow-up already done. */
    PROGRESS,
    /** "help", "today", "who is Anna", "/settings": a command. */
    COMMAND,
    /** Longer than the bot reads in one message. */
    TOO_LONG,
    /** Chit-chat, plans ("meeting Anna tomorrow"), anything else. */
    UNKNOWN;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
