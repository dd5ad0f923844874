package com.followupbot.app;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: "24h", "7d", "90m", "1w", "1d12h", "30s", or ISO-8601 "PT24H". */
final class DurationText {

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)");
    private static final Pattern WHOLE = Pattern.compile("(\\d+\\s*(ms|s|m|h|d|w)\\s*)+");

    private DurationText() {
    }

    static Duration parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            try {
                return Duration.parse(value);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a duration: " + text, e);
            }
        }
        if (!WHOLE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (try 24h, 7d, 90m or 1w)");
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(value);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofDays(7 * amount);
            });
        }
        return total;
    }
}
