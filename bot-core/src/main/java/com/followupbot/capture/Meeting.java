package com.followupbot.capture;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting as logged, with the raw text the user typed; {@code visit}: a visitor of the user's chapter. */
public record Meeting(
        long userId,
        long id,
        String event,
        LocalDate metOn,
        Instant metAt,
        boolean timeKnown,
        String note,
        String rawText,
        String language,
        boolean confirmed,
        Instant createdAt,
        boolean visit) {
}
