package com.followupbot.slack.install;

import java.time.Instant;

/** Bolt keeps times as epoch milliseconds (nullable Longs); the tables keep timestamptz. */
final class Times {

    private Times() {
    }

    static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /** Bolt always sets installedAt; one saved without it counts as installed now. */
    static Instant installedAt(Long epochMillis) {
        return epochMillis == null ? Instant.now() : Instant.ofEpochMilli(epochMillis);
    }
}
