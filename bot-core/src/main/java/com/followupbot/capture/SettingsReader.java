package com.followupbot.capture;

import com.followupbot.capture.internal.GrammarFile;
import com.followupbot.capture.TextNormalizer;
import com.followupbot.user.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** Reads the arguments of the settings command with the setting names of every language. */
public final class SettingsReader {

    private record Name(SettingChange.Setting setting, String phrase) {
    }

    private final List<Name> names;
    private final List<String> offWords;
    private final List<String> onWords = new ArrayList<>();
    private final java.util.Map<String, Language> languageNames;
    private final java.util.Map<String, String> platformNames;

    private SettingsReader(List<Name> names, List<String> offWords, java.util.Map<String, Language> languageNames,
                           java.util.Map<String, String> platformNames) {
        this.names = names;
        this.offWords = offWords;
        this.languageNames = languageNames;
        this.platformNames = platformNames;
    }

    public static SettingsReader standard() {
        List<Name> names = new ArrayList<>();
        List<String> off = new ArrayList<>();
        List<String> on = new ArrayList<>();
        java.util.Map<String, Language> languageNames = new java.util.HashMap<>();
        java.util.Map<String, String> platformNames = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            Properties p = GrammarFile.load(language);
            for (SettingChange.Setting s : SettingChange.Setting.values()) {
                for (String phrase : p.getProperty("setting." + s, "").split("\\|")) {
                    names.add(new Name(s, TextNormalizer.forMatching(phrase)));
                }
            }
            off.addAll(Arrays.asList(p.getProperty("setting.off", "").split("\\|")));
            on.addAll(Arrays.stream(p.getProperty("setting.on", "").split("\\|")).map(TextNormalizer::key).toList());
            for (String platform : List.of("TELEGRAM", "SLACK", "LAST")) {
                for (String word : p.getProperty("setting.value.PLATFORM." + platform, "").split("\\|")) {
                    if (!word.isBlank()) {
                        platformNames.put(TextNormalizer.key(word), platform);
                    }
                }
            }
            for (Language named : Language.values()) {
                for (String word : p.getProperty("setting.value.LANGUAGE." + named.code(), "").split("\\|")) {
                    if (!word.isBlank()) {
                        languageNames.put(TextNormalizer.key(word), named);
                    }
                }
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.phrase().length()).reversed());
        SettingsReader reader = new SettingsReader(List.copyOf(names), List.copyOf(off), java.util.Map.copyOf(languageNames),
                java.util.Map.copyOf(platformNames));
        reader.onWords.addAll(on);
        return reader;
    }

    /** The language a value names: "Italian", "inglese", "it"; empty when none. */
    public Optional<Language> language(String value) {
        return Optional.ofNullable(languageNames.get(TextNormalizer.key(value)));
    }

    /** The platform a value names ("TELEGRAM", "SLACK") or "LAST" for the one used last; empty when none. */
    public Optional<String> platform(String value) {
        return Optional.ofNullable(platformNames.get(TextNormalizer.key(value)));
    }

    /** "on", "yes", "sì": a switch turned on. */
    public boolean isOn(String value) {
        return onWords.contains(TextNormalizer.key(value));
    }

    /** The change asked for, or empty when the arguments name no setting. */
    public Optional<SettingChange> read(String args) {
        String text = TextNormalizer.normalize(args);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (Name name : names) {
            if (lower.equals(name.phrase()) || lower.startsWith(name.phrase() + " ")) {
                String value = text.substring(name.phrase().length()).strip();
                if (value.startsWith("=") || value.startsWith(":")) {
                    value = value.substring(1).strip();
                }
                return Optional.of(new SettingChange(name.setting(), value, offWords.contains(value.toLowerCase(java.util.Locale.ROOT))));
            }
        }
        return Optional.empty();
    }
}
