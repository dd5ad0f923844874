package com.followupbot.conversation;

import java.time.ZonedDateTime;

/** What an answer does to one step, pressed or typed, once its time is resolved. */
sealed interface StepMove {

    /** Marks the step done. */
    record Done() implements StepMove {
    }

    /** Skips the step; {@code reason} is a note code ("NOT_ON_LINKEDIN") or null. */
    record Skip(String reason) implements StepMove {
    }

    /** Asks again at {@code until} (moved into working hours); {@code reason} notes why, or null. */
    record Snooze(ZonedDateTime until, String reason) implements StepMove {
    }

    /** Closes the call step with a one-to-one booked at {@code at}, or with the date still to be asked. */
    record Booked(ZonedDateTime at) implements StepMove {
    }
}
