package com.followupbot.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.followupbot.capture.Contact;
import com.followupbot.capture.Correction;
import com.followupbot.capture.ForgottenContact;
import com.followupbot.capture.Meeting;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.followup.FollowUpStep;
import java.time.Instant;
import java.util.List;

/**
 * Something the user did, journaled with what it takes to reverse it: "undo" reverses the newest one.
 * Each entry is written in the same transaction as the change it describes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = UserAction.Captured.class, name = "Captured"),
        @JsonSubTypes.Type(value = UserAction.Answered.class, name = "Answered"),
        @JsonSubTypes.Type(value = UserAction.BookedDate.class, name = "BookedDate"),
        @JsonSubTypes.Type(value = UserAction.Fixed.class, name = "Fixed"),
        @JsonSubTypes.Type(value = UserAction.Forgot.class, name = "Forgot"),
        @JsonSubTypes.Type(value = UserAction.SettingsChanged.class, name = "SettingsChanged"),
        @JsonSubTypes.Type(value = UserAction.ReferralRecorded.class, name = "ReferralRecorded"),
        @JsonSubTypes.Type(value = UserAction.ReferralUpdated.class, name = "ReferralUpdated"),
        @JsonSubTypes.Type(value = UserAction.LeaderboardChanged.class, name = "LeaderboardChanged"),
        @JsonSubTypes.Type(value = UserAction.TradeChanged.class, name = "TradeChanged"),
        @JsonSubTypes.Type(value = UserAction.OneToOneBooked.class, name = "OneToOneBooked"),
        @JsonSubTypes.Type(value = UserAction.OneToOneAnswered.class, name = "OneToOneAnswered"),
        @JsonSubTypes.Type(value = UserAction.AskChanged.class, name = "AskChanged"),
        @JsonSubTypes.Type(value = UserAction.Imported.class, name = "Imported")
})
public sealed interface UserAction {

    /** A step as it was before an answer and as the answer left it. */
    record StepChange(FollowUpStep before, FollowUpStep after) {
    }

    /** A meeting logged: the contacts it created, and the known ones as they were before it. */
    record Captured(long meetingId, List<Long> created, List<Contact> enrichedBefore, List<String> names)
            implements UserAction {
    }

    /** Done, skip, snooze or booked on one or more steps. */
    record Answered(PromptAnswer.Kind kind, List<StepChange> changes) implements UserAction {
    }

    /** A one-to-one's date recorded; {@code change} is the call step it closed, if this answer closed it. */
    record BookedDate(long oneToOneId, long contactId, Instant startsAt, StepChange change) implements UserAction {
    }

    /** A correction: the meeting and the contact as they were. */
    record Fixed(Meeting before, Contact contactBefore, Correction.Field field) implements UserAction {
    }

    /** A contact forgotten, with everything that went. */
    record Forgot(ForgottenContact gone) implements UserAction {
    }

    /** A referral recorded: the user's side, and the partner's when it is linked. */
    record ReferralRecorded(long referralId, java.util.UUID key, Long partnerUserId) implements UserAction {
    }

    /** An outcome recorded: the user's side as it was before. */
    record ReferralUpdated(com.followupbot.referral.Referral before) implements UserAction {
    }

    /** The chapter leaderboard switched: whether the user was on it before. */
    record LeaderboardChanged(boolean before) implements UserAction {
    }

    /** The user's trade set or cleared: the one before (null: none). */
    record TradeChanged(String before) implements UserAction {
    }

    /**
     * A one-to-one booked by text with no call step to close ("one-to-one with Marco on Friday at 10");
     * {@code contactCreated}: the contact was made for it (a chapter member, a new name), and goes with it.
     */
    record OneToOneBooked(long oneToOneId, long contactId, Instant startsAt, boolean contactCreated) implements UserAction {
    }

    /** The answer to "How did your one-to-one go?" ({@code outcome}: referral, well, missed). */
    record OneToOneAnswered(long oneToOneId, long contactId, String outcome) implements UserAction {
    }

    /** The user's ask set or cleared: what it was before (null: none). */
    record AskChanged(String before) implements UserAction {
    }

    /** A setting changed: the user's settings as they were. */
    record SettingsChanged(com.followupbot.user.User before) implements UserAction {
    }

    /** Contacts imported from a file: the ones it created, and only those, go when it is undone. */
    record Imported(List<Long> created) implements UserAction {
        public Imported {
            created = List.copyOf(created);
        }
    }
}
