package com.followupbot.capture;

import java.util.Locale;

/** What a message is for; {@link #json()} is the value of the {@code parse} command's "intent". */
public enum Intent {
    /** "met Anna Rossi from Acme at the expo": log a meeting. */
    CAPTURE,
    /** "emailed Anna", "connected with Anna on LinkedIn": a follow-up already done. */
    PROGRESS,
    /** "gave Marco a referral: Anna Rossi from Acme needs a website": a referral the user gave. */
    REFERRAL_GIVEN,
    /** "Marco gave me a referral to Luca Bianchi, hot": a referral the user received. */
    REFERRAL_RECEIVED,
    /** "closed with Luca, 2,500 EUR", "Luca not a fit": how a referral went. */
    OUTCOME,
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
