package com.followupbot.capture;

import com.followupbot.user.Language;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * What the bot understood of one message. For a capture: the people, the event or place, the day
 * met (in the user's zone; today when the message names none), the time if given, and the note.
 * For other intents {@code people} is empty and the meeting fields are null.
 */
public record ParsedMessage(
        Intent intent,
        Language language,
        List<PersonMention> people,
        String event,
        LocalDate metOn,
        LocalTime metAt,
        String note) {

    public ParsedMessage {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(language, "language");
        people = List.copyOf(people);
    }

    public static ParsedMessage of(Intent intent, Language language) {
        return new ParsedMessage(intent, language, List.of(), null, null, null, null);
    }

    public boolean isCapture() {
        return intent == Intent.CAPTURE && !people.isEmpty();
    }
}
