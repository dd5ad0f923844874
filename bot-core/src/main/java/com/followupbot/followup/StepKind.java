package com.followupbot.followup;

import java.time.Duration;

/** The three steps of Ivan Misner's 24/7/30 method, in order. */
public enum StepKind {
    /** Within 24 hours: a personal written note (email, card). */
    NOTE(1, Duration.ofHours(24)),
    /** At 7 days: connect on LinkedIn or another social network. */
    CONNECT(2, Duration.ofDays(7)),
    /** At 30 days: call to set up a one-to-one meeting. */
    CALL(3, Duration.ofDays(30));

    private final int number;
    private final Duration offset;

    StepKind(int number, Duration offset) {
        this.number = number;
        this.offset = offset;
    }

    /** 1, 2 or 3: "step 2 of 3". */
    public int number() {
        return number;
    }

    public Duration offset() {
        return offset;
    }
}
