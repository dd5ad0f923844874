package com.followupbot.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.followupbot.capture.Correction;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.chat.MessageRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A question the bot asked and is waiting for the answer to: the conversation's explicit state,
 * stored with a timeout (the python-telegram-bot ConversationHandler idea, persisted). A user may have
 * several open at once; an answer goes to the newest one that takes it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PendingQuestion.AwaitingFix.class, name = "AwaitingFix"),
        @JsonSubTypes.Type(value = PendingQuestion.SameContact.class, name = "SameContact"),
        @JsonSubTypes.Type(value = PendingQuestion.AwaitingBookedDate.class, name = "AwaitingBookedDate"),
        @JsonSubTypes.Type(value = PendingQuestion.ConfirmForget.class, name = "ConfirmForget"),
        @JsonSubTypes.Type(value = PendingQuestion.ChooseForget.class, name = "ChooseForget"),
        @JsonSubTypes.Type(value = PendingQuestion.ReviewCapture.class, name = "ReviewCapture"),
        @JsonSubTypes.Type(value = PendingQuestion.WhichPrompt.class, name = "WhichPrompt"),
        @JsonSubTypes.Type(value = PendingQuestion.ChooseFixPerson.class, name = "ChooseFixPerson"),
        @JsonSubTypes.Type(value = PendingQuestion.RetryOffer.class, name = "RetryOffer"),
        @JsonSubTypes.Type(value = PendingQuestion.ChooseReferralPartner.class, name = "ChooseReferralPartner"),
        @JsonSubTypes.Type(value = PendingQuestion.AwaitingReferralAmount.class, name = "AwaitingReferralAmount"),
        @JsonSubTypes.Type(value = PendingQuestion.OneToOneWith.class, name = "OneToOneWith"),
        @JsonSubTypes.Type(value = PendingQuestion.AwaitingOneToOneDate.class, name = "AwaitingOneToOneDate")
})
public sealed interface PendingQuestion {

    /** How long the bot waits for the answer before the question lapses. */
    Duration timeout();

    /** "What should I change?" after Fix, about one person of the meeting when {@code contactId} is set. */
    record AwaitingFix(long meetingId, Long contactId) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofHours(1);
        }
    }

    /**
     * "Same Anna Rossi from Acme?" for the person at {@code personIndex} of a capture not yet logged;
     * {@code decided} holds the answers so far (person index → existing contact id); {@code visit}: the capture
     * is a visitor of the chapter.
     */
    record SameContact(String rawText, ParsedMessage parsed, int personIndex, long candidateId,
                       Map<Integer, Long> decided, boolean visit) implements PendingQuestion {
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

    /**
     * "Which Marco?" or "Add Marco as a contact?" for a one-to-one typed with a name: the name, the time (null
     * when none was said), the contacts and chapter members it may mean.
     */
    record OneToOneWith(String name, java.time.Instant startsAt, List<Long> contactIds, List<Long> memberIds,
                        MessageRef question) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofDays(1);
        }
    }

    /** "When is the one-to-one with Marco?": a one-to-one with no call step, or one to rebook. */
    record AwaitingOneToOneDate(long contactId) implements PendingQuestion {
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

    /** "Which Anna should I forget?" when the name fits several contacts. */
    record ChooseForget(List<Long> contactIds) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofHours(1);
        }
    }

    /** The confirmation of a capture, waiting for Looks right (a typed "yes" too). */
    record ReviewCapture(long meetingId, MessageRef confirmation) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofHours(12);
        }
    }

    /** "Which one?": a typed answer that named nobody while several prompts were open. */
    record WhichPrompt(PromptAnswer answer, List<Long> stepIds, Instant askedAt, MessageRef question)
            implements PendingQuestion {
        /** Long enough to answer; short enough that a name typed hours later is not taken for the choice. */
        public Duration timeout() {
            return Duration.ofHours(2);
        }
    }

    /** "Which person should I fix?" in a meeting with several; {@code pending} is the correction to apply. */
    record ChooseFixPerson(long meetingId, Correction pending) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofHours(1);
        }
    }

    /** "No luck this time. Try Sara again on Thu 16 Apr?" after a failed attempt. */
    record RetryOffer(long stepId, Instant retryAt) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofDays(1);
        }
    }

    /** "Which Marco?" when the referral's other member fits several in the user's chapters. */
    record ChooseReferralPartner(com.followupbot.capture.ReferralMention mention, String rawText, List<Long> candidates)
            implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofDays(1);
        }
    }

    /** "How much was it worth?" after Closed business. */
    record AwaitingReferralAmount(long referralId, MessageRef question) implements PendingQuestion {
        public Duration timeout() {
            return Duration.ofDays(2);
        }
    }
}
