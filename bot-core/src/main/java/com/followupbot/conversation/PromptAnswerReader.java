package com.followupbot.conversation;

import com.followupbot.user.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a typed answer to a prompt: "done, sent her an email", "skip", "next week", "fissato". The
 * phrases are data ({@code answers/xx.properties}), matched at the start of the message in any language.
 */
public final class PromptAnswerReader {

    /** What the typed answer does to the step: a button's action, and its parameter (a snooze length). */
    public record Answer(ButtonAction action, String param) {
    }

    private record Phrase(String words, Answer answer) {
    }

    private final List<Phrase> phrases;

    private PromptAnswerReader(List<Phrase> phrases) {
        this.phrases = phrases.stream().sorted(Comparator.comparingInt((Phrase p) -> p.words().length()).reversed()).toList();
    }

    public static PromptAnswerReader standard() {
        List<Phrase> all = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties grammar = load("answers/" + language.code() + ".properties");
            add(all, grammar, "answer.DONE", new Answer(ButtonAction.STEP_DONE, null));
            add(all, grammar, "answer.SKIP", new Answer(ButtonAction.STEP_SKIP, null));
            add(all, grammar, "answer.SNOOZE", new Answer(ButtonAction.STEP_SNOOZE, "P1D"));
            add(all, grammar, "answer.SNOOZE_WEEK", new Answer(ButtonAction.STEP_SNOOZE, "P7D"));
            add(all, grammar, "answer.BOOKED", new Answer(ButtonAction.STEP_BOOKED, null));
        }
        return new PromptAnswerReader(all);
    }

    public Optional<Answer> read(String text) {
        String words = normalize(text);
        return phrases.stream()
                .filter(p -> words.equals(p.words()) || words.startsWith(p.words() + " "))
                .map(Phrase::answer)
                .findFirst();
    }

    /** Lower case, accents and punctuation gone, single spaces: "Già fatto!" reads "gia fatto". */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static void add(List<Phrase> all, Properties grammar, String key, Answer answer) {
        for (String phrase : grammar.getProperty(key, "").split("\\|")) {
            String words = normalize(phrase);
            if (!words.isEmpty()) {
                all.add(new Phrase(words, answer));
            }
        }
    }

    private static Properties load(String resource) {
        try (InputStream in = PromptAnswerReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
