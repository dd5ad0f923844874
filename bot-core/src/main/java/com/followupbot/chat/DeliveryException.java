package com.followupbot.chat;

import java.time.Duration;

/** A send the platform did not accept. {@code retryAfter} is set when the platform said when to retry. */
public class DeliveryException extends RuntimeException {

    /** Why the send failed, as far as the core needs to know. */
    public enum Reason { RATE_LIMITED, BLOCKED_BY_USER, UNREACHABLE, REJECTED }

    private final Reason reason;
    private final Duration retryAfter;

    public DeliveryException(Reason reason, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public DeliveryException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    /** Whether trying again later may succeed: the platform was unreachable or flooded, not refusing this message. */
    public boolean isPassing() {
        return reason == Reason.UNREACHABLE || reason == Reason.RATE_LIMITED;
    }

    public Reason reason() {
        return reason;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
