package com.followupbot.user;

import java.util.Locale;

/** The languages the bot speaks. A third one is a new message bundle and grammar resource. */
public enum Language {
    EN(Locale.ENGLISH), IT(Locale.ITALIAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Maps a code such as "it", "it-IT" or "en_US"; null or unknown codes give null. */
    public static Language fromCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String prefix = code.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (prefix.startsWith(language.code())) {
                return language;
            }
        }
        return null;
    }
}
