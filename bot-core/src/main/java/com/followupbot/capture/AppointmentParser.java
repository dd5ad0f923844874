package com.followupbot.capture;

import com.followupbot.capture.parsing.MeetingParser;
import com.followupbot.user.Language;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Reads when a one-to-one is booked ("Tuesday 10:00", "tomorrow at 3pm", "martedì alle 10", "20/3 9:30").
 *
 * @deprecated to be removed: use {@link WhenReader#moment} with {@link Lean#FUTURE} and the user's language.
 *     This is only a delegate kept so that its callers compile while they move over.
 */
@Deprecated(forRemoval = true)
public final class AppointmentParser {

    private AppointmentParser() {
    }

    /**
     * {@link WhenReader#moment} with the FUTURE lean, in the language the text looks written in first and
     * then in the others (the caller passes none). A day without a time is at 09:00.
     *
     * @deprecated to be removed: call {@link WhenReader#moment} directly.
     */
    @Deprecated(forRemoval = true)
    public static Optional<ZonedDateTime> parse(String text, ZonedDateTime now) {
        Language likely = MeetingParser.detectLanguage(text, Language.EN);
        Optional<ZonedDateTime> when = WhenReader.standard().moment(text, likely, now, Lean.FUTURE);
        for (Language other : Language.values()) {
            if (when.isEmpty() && other != likely) {
                when = WhenReader.standard().moment(text, other, now, Lean.FUTURE);
            }
        }
        return when;
    }
}
