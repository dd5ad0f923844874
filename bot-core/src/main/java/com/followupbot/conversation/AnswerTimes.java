package com.followupbot.conversation;

import com.followupbot.capture.WhenPhrase;
import com.followupbot.user.User;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The moments typed answers name, in the user's zone and working hours: "snooze until Monday" is Monday
 * at the start of the working day, "snooze 3 days" three days from now, "booked for Tuesday at 10" that
 * Tuesday at 10:00.
 */
final class AnswerTimes {

    /** How long "snooze" or "not yet" waits when no time is named. */
    static final Period DEFAULT_SNOOZE = Period.ofDays(1);

    private AnswerTimes() {
    }

    /** When a snoozed step comes back (moved into working hours by the step store). */
    static ZonedDateTime snoozeUntil(User user, ZonedDateTime now, WhenPhrase when) {
        if (when == null) {
            return now.plus(DEFAULT_SNOOZE);
        }
        ZonedDateTime local = now.withZoneSameInstant(user.zone());
        if (when.date() != null) {
            LocalTime at = when.time() != null ? when.time() : user.workingHours().start();
            return when.date().atTime(at).atZone(user.zone());
        }
        if (when.time() != null) {
            ZonedDateTime today = local.with(when.time());
            return today.isAfter(local) ? today : today.plusDays(1);
        }
        return after(local, when);
    }

    /** When a booked one-to-one starts; empty when the answer named no day or time. */
    static Optional<ZonedDateTime> bookedAt(User user, ZonedDateTime now, WhenPhrase when) {
        if (when == null) {
            return Optional.empty();
        }
        ZonedDateTime local = now.withZoneSameInstant(user.zone());
        if (when.date() != null) {
            LocalTime at = when.time() != null ? when.time() : user.workingHours().start();
            return Optional.of(when.date().atTime(at).atZone(user.zone()));
        }
        if (when.time() != null) {
            ZonedDateTime today = local.with(when.time());
            return Optional.of(today.isAfter(local) ? today : today.plusDays(1));
        }
        return when.after() != null || when.afterTime() != null ? Optional.of(after(local, when)) : Optional.empty();
    }

    private static ZonedDateTime after(ZonedDateTime from, WhenPhrase when) {
        ZonedDateTime at = from;
        if (when.after() != null) {
            at = at.plus(when.after());
        }
        if (when.afterTime() != null) {
            at = at.plus(when.afterTime());
        }
        return at.equals(from) ? from.plus(DEFAULT_SNOOZE) : at;
    }

    /** A length written as a snooze button's parameter ("P3D"). */
    static ZonedDateTime after(ZonedDateTime now, String isoLength) {
        return isoLength.contains("T") ? now.plus(Duration.parse(isoLength)) : now.plus(Period.parse(isoLength));
    }
}
