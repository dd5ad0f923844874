package com.followupbot.capture;

import com.followupbot.user.Language;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * What the bot understood of one message. For a capture: the people, the event or place, the day
 * met (in the user's zone; today when the message names none), the time if given, and the note.
 * For other intents {@code people} is empty and the meeting fields are null. {@code referral} is set for
 * the referral intents only, {@code outcome} for {@link Intent#OUTCOME} only.
 */
public record ParsedMessage(
        Intent intent,
        Language language,
        List<PersonMention> people,
        String event,
        LocalDate metOn,
        LocalTime metAt,
        String note,
        ReferralMention referral,
        OutcomeMention outcome) {

    public ParsedMessage {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(language, "language");
        people = List.copyOf(people);
    }

    /** A meeting (or another intent with people): no referral, no outcome. */
    public ParsedMessage(Intent intent, Language language, List<PersonMention> people, String event, LocalDate metOn,
                         LocalTime metAt, String note) {
        this(intent, language, people, event, metOn, metAt, note, null, null);
    }

    public static ParsedMessage of(Intent intent, Language language) {
        return new ParsedMessage(intent, language, List.of(), null, null, null, null);
    }

    public static ParsedMessage referral(Language language, ReferralMention referral) {
        return new ParsedMessage(referral.given() ? Intent.REFERRAL_GIVEN : Intent.REFERRAL_RECEIVED, language, List.of(),
                null, null, null, null, referral, null);
    }

    public static ParsedMessage outcome(Language language, OutcomeMention outcome) {
        return new ParsedMessage(Intent.OUTCOME, language, List.of(), null, null, null, null, null, outcome);
    }

    public boolean isCapture() {
        return intent == Intent.CAPTURE && !people.isEmpty();
    }
}
