package com.followupbot.app;

import java.time.Duration;
import picocli.CommandLine;

/** Lets options take "1s" or "500ms" as well as ISO-8601. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return DurationText.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
