package com.followupbot.app;

/**
 * A start-up problem the user can fix once told, in one line that names the setting at fault: the
 * launcher prints the message and exits with {@link #exitCode}; the cause's stack trace is logged at
 * DEBUG only. Unexpected failures are not wrapped in this: they keep their stack trace in the log.
 */
final class StartupException extends RuntimeException {

    private final int exitCode;

    StartupException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    StartupException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    /** The longest value quoted whole: any real path or zone, but not a pasted page. */
    private static final int QUOTED_LENGTH = 200;

    /** A value the user typed, quoted for a one-line message: no line breaks or control characters, not too long. */
    static String quoted(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(QUOTED_LENGTH).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return "“" + shown + (value.codePointCount(0, value.length()) > QUOTED_LENGTH ? "…" : "") + "”";
    }
}
