package com.followupbot.capture;

import com.followupbot.followup.StepKind;

/**
 * A typed answer to a follow-up prompt, as understood before it is matched to one: what it does, which
 * step it hints at ("connected" → LinkedIn), why an attempt failed, the words that may name the contact,
 * and the time it names ("snooze until Monday", "booked for Tuesday at 10"). Null fields were not said.
 */
public record PromptAnswer(Kind kind, StepKind step, Failure failure, String name, WhenPhrase when) {

    /** What the answer does to the step. */
    public enum Kind {
        DONE, SKIP, SNOOZE, BOOKED,
        /** "haven't sent it yet": the step stays open, asked again tomorrow. */
        NOT_YET,
        /** "called Sara, no answer": not done; the bot offers the next move. */
        FAILED;

        /** Whether one answer can mean several prompts at once ("done" → both). */
        public boolean appliesToMany() {
            return this == DONE || this == SKIP || this == SNOOZE || this == NOT_YET;
        }
    }

    /** Why an attempt did not work. */
    public enum Failure {
        /** The call was not answered, went to voicemail, the person was busy. */
        NO_ANSWER,
        /** The person is not on LinkedIn (or could not be found there). */
        NOT_ON_LINKEDIN,
        /** The note could not be sent: bounced, wrong or missing address. */
        BOUNCED
    }

    /** The step a failure is naturally about. */
    public static StepKind stepOf(Failure failure) {
        return switch (failure) {
            case NO_ANSWER -> StepKind.CALL;
            case NOT_ON_LINKEDIN -> StepKind.CONNECT;
            case BOUNCED -> StepKind.NOTE;
        };
    }
}
