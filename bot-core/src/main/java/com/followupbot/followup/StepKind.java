package com.followupbot.followup;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The three steps of Ivan Misner's 24/7/30 method, in order; and the plan of a chapter's visitor (thank
 * them within two days, invite them back at a week, ask about membership at a month).
 */
public enum StepKind {
    /** Within 24 hours: a personal written note (email, card). */
    NOTE(1, Duration.ofHours(24), false),
    /** At 7 days: connect on LinkedIn or another social network. */
    CONNECT(2, Duration.ofDays(7), false),
    /** At 30 days: call to set up a one-to-one meeting. */
    CALL(3, Duration.ofDays(30), false),
    /** A visitor, within 2 days: call to thank them for visiting. */
    VISIT_CALL(1, Duration.ofDays(2), true),
    /** A visitor, at 7 days: invite them back to a meeting. */
    VISIT_INVITE(2, Duration.ofDays(7), true),
    /** A visitor, at 30 days: ask whether they would like to join. */
    VISIT_MEMBERSHIP(3, Duration.ofDays(30), true);

    private final int number;
    private final Duration offset;
    private final boolean visit;

    StepKind(int number, Duration offset, boolean visit) {
        this.number = number;
        this.offset = offset;
        this.visit = visit;
    }

    /** The steps of one plan, in order: a visitor's, or the 24/7/30 ones. */
    public static List<StepKind> plan(boolean visit) {
        return Arrays.stream(values()).filter(k -> k.visit == visit).toList();
    }

    /** 1, 2 or 3: "step 2 of 3". */
    public int number() {
        return number;
    }

    public Duration offset() {
        return offset;
    }

    /** A step of a visitor's plan. */
    public boolean visit() {
        return visit;
    }
}
