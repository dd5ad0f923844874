package com.followupbot.capture;

import com.followupbot.capture.internal.GrammarFile;
import com.followupbot.user.Language;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Platform slash commands read as the phrase they stand for ({@code slash.<name>} in the understanding
 * grammars): "/met Anna at the expo" is "met Anna at the expo", "/conosciuto Anna" is "ho conosciuto
 * Anna", "/who Anna" is "who is Anna". Any other command is its name and arguments: "/today".
 */
public final class SlashCommands {

    private final Map<String, String> phrases;

    private SlashCommands(Map<String, String> phrases) {
        this.phrases = Map.copyOf(phrases);
    }

    public static SlashCommands standard() {
        Map<String, String> phrases = new HashMap<>();
        for (Language language : Language.values()) {
            Properties p = GrammarFile.load(language);
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("slash.")) {
                    phrases.put(key.substring("slash.".length()), p.getProperty(key).strip());
                }
            }
        }
        return new SlashCommands(phrases);
    }

    /** The text the command stands for. */
    public String asText(String name, String args) {
        String command = name.toLowerCase(Locale.ROOT);
        String phrase = phrases.getOrDefault(command, command);
        return (phrase + " " + (args == null ? "" : args)).strip();
    }
}
