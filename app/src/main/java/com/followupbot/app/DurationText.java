package com.followupbot.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: "24h", "7d", "90m", "1w", "1d12h", "30s", or ISO-8601 "PT24H". */
final class DurationText {

    /** A duration too long for {@link Duration} (some 292 billion years): no caller wants one anyway. */
    static final class TooLongException extends IllegalArgumentException {

        TooLongException(String text, Throwable cause) {
            super("too long a duration: '" + text + "'", cause);
        }
    }

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)");
    private static final Pattern WHOLE = Pattern.compile("(\\d+\\s*(ms|s|m|h|d|w)\\s*)+");

    private DurationText() {
    }

    static Duration parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                // the pattern matched, but a number is too big for a long, or their sum for a Duration
                if (e.getCause() instanceof ArithmeticException || e.getCause() instanceof NumberFormatException) {
                    throw new TooLongException(text, e);
                }
                throw new IllegalArgumentException("not a duration: " + text, e);
            }
        }
        if (!WHOLE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (try 24h, 7d, 90m or 1w)");
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(value);
        try {
            while (part.find()) {
                long amount = Long.parseLong(part.group(1));
                total = total.plus(switch (part.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "d" -> Duration.ofDays(amount);
                    default -> Duration.ofDays(Math.multiplyExact(7, amount));
                });
            }
        } catch (NumberFormatException | ArithmeticException e) { // only digits get here: too many of them
            throw new TooLongException(text, e);
        }
        return total;
    }
}
