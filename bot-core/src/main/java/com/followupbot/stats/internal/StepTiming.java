package com.followupbot.stats.internal;

import java.time.Instant;

/** What the on-time rule needs of a follow-up step. */
public record StepTiming(String state, Instant dueAt, Instant closedAt) {
}
