package com.followupbot.slack;

/** The bot could not start on Slack (a refused token, a missing scope, Slack unreachable); the message says why in one line. */
public final class SlackStartException extends Exception {

    public SlackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
