package com.followupbot.chat;

/** Where a user talks to the bot. */
public enum Platform {
    CONSOLE(false), TELEGRAM(true), SLACK(true), TEST(false);

    private final boolean reportsUserLanguage;

    Platform(boolean reportsUserLanguage) {
        this.reportsUserLanguage = reportsUserLanguage;
    }

    /**
     * True when the platform's language hint is the language the user set in their app (Telegram's
     * {@code language_code}): it then wins over guessing from their words until they choose one in
     * settings. The console's hint is only the machine's locale.
     */
    public boolean reportsUserLanguage() {
        return reportsUserLanguage;
    }
}
