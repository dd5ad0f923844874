package com.followupbot.capture.internal;

import com.followupbot.capture.TextNormalizer;
import com.followupbot.capture.Correction;
import com.followupbot.user.Language;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Field words and lead words of one language, from {@code understanding/<code>.properties}. */
public record CorrectionGrammar(
        Language language,
        Map<Correction.Field, List<String>> fields,
        List<String> leads,
        List<String> fillers,
        List<String> pronouns) {

    public static CorrectionGrammar load(Language language) {
        Properties p = GrammarFile.load(language);
        Map<Correction.Field, List<String>> fields = new EnumMap<>(Correction.Field.class);
        for (Correction.Field field : Correction.Field.values()) {
            fields.put(field, list(p, "field." + field));
        }
        return new CorrectionGrammar(language, fields, list(p, "correction.lead"), list(p, "correction.filler"),
                list(p, "correction.pronoun"));
    }

    private static List<String> list(Properties p, String key) {
        return Arrays.stream(p.getProperty(key, "").split("\\|"))
                .map(TextNormalizer::forMatching).filter(s -> !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
