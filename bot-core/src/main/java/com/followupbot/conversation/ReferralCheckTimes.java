package com.followupbot.conversation;

import com.followupbot.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When the owner of a referral is asked how it went: 2 days after it was given (contacted?), 7 days (a
 * meeting?) and 30 days (closed?), each at the start of the working day it falls on, like the 7 and 30 day
 * follow-up steps.
 */
final class ReferralCheckTimes {

    /** Days after the referral of each check, in order. */
    static final List<Integer> DAYS = List.of(2, 7, 30);

    private final Clock clock;

    ReferralCheckTimes(Clock clock) {
        this.clock = clock;
    }

    /** The first check of a referral recorded now. */
    Instant first(User owner) {
        return at(owner, clock.instant(), 1);
    }

    /** Check {@code number} (1-based) of a referral made at {@code createdAt}; null past the last. */
    Instant at(User owner, Instant createdAt, int number) {
        if (number > DAYS.size()) {
            return null;
        }
        ZonedDateTime created = owner.localTime(createdAt);
        return owner.workingHours().startOfWorkingDay(created.toLocalDate().plusDays(DAYS.get(number - 1)), created)
                .toInstant();
    }
}
