package com.followupbot.app;

import com.followupbot.user.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** {@code --lang en|it}; anything else is a usage error listing the languages the bot speaks. */
final class LanguageConverter implements CommandLine.ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        for (Language language : Language.values()) {
            if (language.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        String known = Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
        throw new CommandLine.TypeConversionException("unknown language '" + value + "', expected one of: " + known);
    }
}
