package com.followupbot.chat;

/** Where a user talks to the bot. */
public enum Platform {
    CONSOLE, TELEGRAM, SLACK, TEST
}
