package com.followupbot.capture;

import com.followupbot.capture.internal.AnswerGrammar;
import com.followupbot.capture.internal.AnswerGrammar.Role;
import com.followupbot.followup.StepKind;
import com.followupbot.user.Language;
import java.util.Optional;
import java.util.Set;

/** What the cues of one typed answer add up to, phrase by phrase, left to right. */
final class AnswerCues {

    int firstCue = Integer.MAX_VALUE;
    boolean done;
    boolean skip;
    boolean snooze;
    boolean booked;
    boolean notYet;
    PromptAnswer.Failure failure;
    StepKind hint;
    Optional<Language> language = Optional.empty();
    private int negatedUntil = -1;

    /** A phrase's roles, at word positions [at, last] counted from the answer's start. */
    void add(Set<Role> roles, int at, int last) {
        if (AnswerReader.isCue(roles)) {
            firstCue = Math.min(firstCue, at);
        }
        if (roles.contains(Role.NEGATION)) {
            negatedUntil = last + 2; // "haven't sent", "non ho ancora scritto"
        }
        if (roles.contains(Role.DONE)) {
            if (at <= negatedUntil) {
                notYet = true;
            } else {
                done = true;
            }
        }
        skip |= roles.contains(Role.SKIP);
        snooze |= roles.contains(Role.SNOOZE);
        booked |= roles.contains(Role.BOOKED);
        if (failure == null) {
            failure = AnswerGrammar.failure(roles);
        }
        if (hint == null) {
            hint = AnswerGrammar.hint(roles);
        }
    }

    /** Booked beats everything; a failure beats done; "skip, not on LinkedIn" skips with the reason. */
    PromptAnswer.Kind kind() {
        if (booked) {
            return PromptAnswer.Kind.BOOKED;
        }
        if (skip) {
            return PromptAnswer.Kind.SKIP;
        }
        if (failure != null) {
            return PromptAnswer.Kind.FAILED;
        }
        if (snooze) {
            return PromptAnswer.Kind.SNOOZE;
        }
        if (notYet) {
            return PromptAnswer.Kind.NOT_YET;
        }
        return done ? PromptAnswer.Kind.DONE : null;
    }
}
