package com.followupbot.capture.internal;

import com.followupbot.capture.CommandName;
import com.followupbot.followup.StepKind;
import com.followupbot.user.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** The command and progress phrases of one language, loaded from {@code understanding/<code>.properties}. */
public record PhraseGrammar(
        Language language,
        Map<CommandName, List<String>> commands,
        Map<StepKind, List<String>> progress,
        Set<String> progressStops) {

    public static PhraseGrammar load(Language language) {
        Properties p = GrammarFile.load(language);
        Map<CommandName, List<String>> commands = new EnumMap<>(CommandName.class);
        for (CommandName name : CommandName.values()) {
            commands.put(name, phrases(p.getProperty("command." + name, "")));
        }
        Map<StepKind, List<String>> progress = new EnumMap<>(StepKind.class);
        for (StepKind kind : StepKind.values()) {
            progress.put(kind, phrases(p.getProperty("progress." + kind, "")));
        }
        Set<String> stops = Set.copyOf(phrases(p.getProperty("progress.stop", "")));
        return new PhraseGrammar(language, commands, progress, stops);
    }

    /** Phrases normalised like the input, longest first so "what's due" wins over "due". */
    private static List<String> phrases(String value) {
        List<String> list = new ArrayList<>(Arrays.stream(value.split("\\|"))
                .map(TextNormalizer::forMatching).filter(s -> !s.isEmpty()).collect(Collectors.toList()));
        list.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(list);
    }
}
