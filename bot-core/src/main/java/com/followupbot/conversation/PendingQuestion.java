package com.followupbot.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.followupbot.capture.ParsedMessage;
import java.time.Duration;
import java.util.Map;

/**
 * A question the bot asked and is waiting for the answer to: the conversation's explicit state,
 * stored per user with a timeout (the python-telegram-bot ConversationHandler idea, persisted).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PendingQuestion.AwaitingFix.class, name = "AwaitingFix"),
        @JsonSubTypes.Type(value = PendingQuestion.SameContact.class, name = "SameContact"),
        @JsonSubTypes.Type(value = PendingQuestion.AwaitingBookedDate.class, name = "AwaitingBookedDate"),
        @JsonSubTypes.Type(value = PendingQuestion.ConfirmForget.class, name = "ConfirmForget")
})
public sealed interface PendingQuestion {

    /** How long the bot waits for the answer before the question lapses. */
    Duration timeout();

    /** "What should I change?" after Fix. */
    record AwaitingFix(long meetingId) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofHours(1);
        }
    }

    /**
     * "Same Anna Rossi from Acme?" for the person at {@code personIndex} of a capture not yet logged;
     * {@code decided} holds the answers so far (person index → existing contact id).
     */
    record SameContact(String rawText, ParsedMessage parsed, int personIndex, long candidateId,
                       Map<Integer, Long> decided) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofDays(7);
        }
    }

    /** "When is it?" after Booked one-to-one. */
    record AwaitingBookedDate(long stepId) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofDays(2);
        }
    }

    /** "Forget Anna Rossi?" */
    record ConfirmForget(long contactId) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofHours(1);
        }
    }
}
