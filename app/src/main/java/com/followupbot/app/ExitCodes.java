package com.followupbot.app;

/** What the process tells its caller; 0 and 2 follow picocli's conventions. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Something went wrong while running: the database did not start, a migration failed. */
    public static final int FAILURE = 1;
    /** The command line was wrong (picocli's usage error code). */
    public static final int USAGE = 2;
    /** The requested chat platform is not available in this build yet. */
    public static final int UNAVAILABLE = 3;

    private ExitCodes() {
    }
}
