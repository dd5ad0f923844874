package com.followupbot.capture.internal;

import com.followupbot.capture.TextNormalizer;
import com.followupbot.capture.CommandName;
import com.followupbot.user.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The command phrases of one language, and the words of a settings request phrased as a sentence
 * ("change my time zone to London"), loaded from {@code understanding/<code>.properties}.
 */
public record PhraseGrammar(
        Language language,
        Map<CommandName, List<String>> commands,
        List<String> settingsLeads,
        List<String> settingsLinks,
        List<String> languageLeads,
        String languageSetting) {

    public static PhraseGrammar load(Language language) {
        Properties p = GrammarFile.load(language);
        Map<CommandName, List<String>> commands = new EnumMap<>(CommandName.class);
        for (CommandName name : CommandName.values()) {
            commands.put(name, phrases(p.getProperty("command." + name, "")));
        }
        String languageSetting = p.getProperty("setting.LANGUAGE", "language").split("\\|")[0].strip();
        return new PhraseGrammar(language, commands, phrases(p.getProperty("settings.sentence.lead", "")),
                phrases(p.getProperty("settings.sentence.link", "")),
                phrases(p.getProperty("settings.sentence.language", "")), languageSetting);
    }

    /** Phrases normalised like the input, longest first so "what's due" wins over "due". */
    private static List<String> phrases(String value) {
        List<String> list = new ArrayList<>(Arrays.stream(value.split("\\|"))
                .map(TextNormalizer::forMatching).filter(s -> !s.isEmpty()).collect(Collectors.toList()));
        list.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(list);
    }
}
