package com.followupbot.app;

/**
 * What the process tells its caller; 0 and 2 follow picocli's conventions. Start-up problems the user
 * can fix have their own codes, so that a supervisor (systemd, a container runtime) can tell "fix the
 * configuration" from "the database is down, try again later".
 */
public final class ExitCodes {

    public static final int OK = 0;
    /** Something unexpected went wrong while running: a migration failed, the embedded server crashed. */
    public static final int FAILURE = 1;
    /** The command line was wrong (picocli's usage error code). */
    public static final int USAGE = 2;
    /** The requested chat platform is not available in this build yet, or cannot be reached. */
    public static final int UNAVAILABLE = 3;
    /**
     * A setting has a value the bot cannot use: a malformed {@code DATABASE_URL}, a login or database
     * name the server refuses, an unknown {@code FOLLOWUP_ZONE} / {@code --zone}, a data directory
     * ({@code FOLLOWUP_DATA_DIR} / {@code --data-dir}) that cannot be created or written. Retrying
     * without changing the setting fails again.
     */
    public static final int CONFIGURATION = 4;
    /** The PostgreSQL server named by {@code DATABASE_URL} cannot be reached (refused, unknown host, no answer). */
    public static final int DATABASE_UNAVAILABLE = 5;
    /** Another running Follow-Up Bot holds the data directory (and its embedded PostgreSQL). */
    public static final int DATA_DIRECTORY_IN_USE = 6;
    /**
     * The data directory holds PostgreSQL data the bundled PostgreSQL cannot start: made by another major
     * version (an older jar's, or a newer one's), or with a missing or garbled {@code PG_VERSION}.
     */
    public static final int DATA_DIRECTORY_INCOMPATIBLE = 7;

    // the same, as picocli's exit code list for --help ("code:description"; constants, for the annotations)
    static final String HELP_OK = "0:done (the chat ended, or the migrations ran)";
    static final String HELP_FAILURE = "1:an unexpected failure; the log (stderr) has the details";
    static final String HELP_USAGE = "2:the command line is wrong";
    static final String HELP_UNAVAILABLE = "3:the chat platform is not available (Slack) or cannot be reached";
    static final String HELP_CONFIGURATION = "4:a setting cannot be used: DATABASE_URL (malformed, or its login or database refused), "
            + "FOLLOWUP_ZONE/--zone, FOLLOWUP_DATA_DIR/--data-dir";
    static final String HELP_DATABASE_UNAVAILABLE = "5:the PostgreSQL server named by DATABASE_URL cannot be reached";
    static final String HELP_DATA_DIRECTORY_IN_USE = "6:another Follow-Up Bot is using the data directory";
    static final String HELP_DATA_DIRECTORY_INCOMPATIBLE = "7:the data directory holds another PostgreSQL version's data, or no readable PG_VERSION";

    private ExitCodes() {
    }
}
