package com.followupbot.i18n;

import com.followupbot.user.Language;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * User-facing text from the {@code messages_xx.properties} bundles. Placeholders are named,
 * {@code {name}}, so translators see what goes where and apostrophes need no escaping
 * (unlike MessageFormat, where "all'expo" would swallow text).
 */
public final class Texts {

    private final Map<Language, ResourceBundle> bundles;

    public Texts() {
        // No fallback to the JVM's default locale: English must stay English on an Italian machine.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.bundles = Map.of(
                Language.EN, ResourceBundle.getBundle("messages", Language.EN.locale(), exact),
                Language.IT, ResourceBundle.getBundle("messages", Language.IT.locale(), exact));
    }

    /** The text for {@code key}; {@code args} alternate names and values: "name", "Anna", "event", "expo". */
    public String get(Language language, String key, Object... args) {
        String text = bundles.get(language).getString(key);
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("placeholder names and values must come in pairs: " + key);
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < args.length; i += 2) {
            replaceAll(out, "{" + args[i] + "}", args[i + 1] == null ? "" : String.valueOf(args[i + 1]));
        }
        return out.toString();
    }

    public boolean has(Language language, String key) {
        return bundles.get(language).containsKey(key);
    }

    private static void replaceAll(StringBuilder text, String placeholder, String value) {
        int at = text.indexOf(placeholder);
        while (at >= 0) {
            text.replace(at, at + placeholder.length(), value);
            at = text.indexOf(placeholder, at + value.length());
        }
    }
}
