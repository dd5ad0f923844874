package com.followupbot.slack;

import com.followupbot.chat.DeliveryException;
import java.time.Duration;

/** A Web API call Slack refused or that never got an answer; {@code error} is Slack's code ("channel_not_found"), or null. */
final class SlackDeliveryException extends DeliveryException {

    private final String error;

    SlackDeliveryException(Reason reason, String method, String error, Duration retryAfter, Throwable cause) {
        super(reason, method + " failed: " + (error == null ? describe(cause) : error), retryAfter, cause);
        this.error = error;
    }

    String error() {
        return error;
    }

    boolean is(String... errors) {
        for (String candidate : errors) {
            if (candidate.equals(error)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable cause) {
        return cause == null ? "no answer" : cause.getClass().getSimpleName();
    }
}
