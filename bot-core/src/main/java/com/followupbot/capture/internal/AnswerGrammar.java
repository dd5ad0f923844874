package com.followupbot.capture.internal;

import com.followupbot.capture.TextNormalizer;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.followup.StepKind;
import com.followupbot.user.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The phrases of typed answers, from {@code answers/<code>.properties} of every language at once (people
 * mix them: "ok fatto"). Each phrase is a sequence of name-key words with the roles it plays.
 */
public final class AnswerGrammar {

    /** What a phrase says in an answer. */
    public enum Role { LEAD, DONE, SKIP, SNOOZE, BOOKED, NEGATION, FILLER, HINT_NOTE, HINT_CONNECT, HINT_CALL,
        FAILED_NO_ANSWER, FAILED_NOT_ON_LINKEDIN, FAILED_BOUNCED }

    /** A phrase with a name slot ("spoke to {name} on the phone"): the words before and after it. */
    public record Pattern(List<String> before, List<String> after, StepKind step, Language language) {
    }

    private final Map<List<String>, Set<Role>> phrases = new HashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();
    private final Map<String, Set<String>> replies = new HashMap<>();
    /** The languages a phrase or reply belongs to: "fatto" is Italian, "ok" both. */
    private final Map<Object, Set<Language>> languages = new HashMap<>();
    private int longest;
    private Language language;

    private AnswerGrammar() {
    }

    public static AnswerGrammar load() {
        AnswerGrammar grammar = new AnswerGrammar();
        for (Language language : Language.values()) {
            grammar.add(properties("answers/" + language.code() + ".properties"), language);
        }
        grammar.inheritHints();
        return grammar;
    }

    /** The roles of the phrase {@code words[from, from + length)}, or null when it is no phrase. */
    public Set<Role> roles(List<String> words, int from, int length) {
        return phrases.get(words.subList(from, from + length));
    }

    public int longest() {
        return longest;
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    /** Whether the whole message (as a name key) is one of the {@code reply.<kind>} phrases. */
    public boolean isReply(String kind, String key) {
        return replies.getOrDefault(kind, Set.of()).contains(key);
    }

    /** Whether every word of {@code key} is one a reply of these kinds is made of: "sure thanks", "yes please". */
    public boolean onlyReplyWords(String key, List<String> kinds) {
        List<String> words = List.of(key.split(" "));
        return !key.isEmpty() && words.stream().allMatch(w -> kinds.stream().anyMatch(k -> isReply(k, w)));
    }

    /** The language of a phrase (or of a reply, as {@code kind + ":" + key}) when it has only one. */
    public Optional<Language> languageOf(Object phraseOrReply) {
        Set<Language> of = languages.getOrDefault(phraseOrReply, Set.of());
        return of.size() == 1 ? Optional.of(of.iterator().next()) : Optional.empty();
    }

    public static StepKind hint(Set<Role> roles) {
        return roles.contains(Role.HINT_NOTE) ? StepKind.NOTE : roles.contains(Role.HINT_CONNECT) ? StepKind.CONNECT
                : roles.contains(Role.HINT_CALL) ? StepKind.CALL : null;
    }

    public static PromptAnswer.Failure failure(Set<Role> roles) {
        return roles.contains(Role.FAILED_NO_ANSWER) ? PromptAnswer.Failure.NO_ANSWER
                : roles.contains(Role.FAILED_NOT_ON_LINKEDIN) ? PromptAnswer.Failure.NOT_ON_LINKEDIN
                : roles.contains(Role.FAILED_BOUNCED) ? PromptAnswer.Failure.BOUNCED : null;
    }

    private void add(Properties p, Language language) {
        this.language = language;
        role(p, "answer.lead", Role.LEAD);
        role(p, "answer.DONE", Role.DONE);
        role(p, "answer.SKIP", Role.SKIP);
        role(p, "answer.SNOOZE", Role.SNOOZE);
        role(p, "answer.BOOKED", Role.BOOKED);
        role(p, "answer.negation", Role.NEGATION);
        role(p, "answer.filler", Role.FILLER);
        role(p, "answer.hint.NOTE", Role.HINT_NOTE);
        role(p, "answer.hint.CONNECT", Role.HINT_CONNECT);
        role(p, "answer.hint.CALL", Role.HINT_CALL);
        role(p, "answer.FAILED.NO_ANSWER", Role.FAILED_NO_ANSWER);
        role(p, "answer.FAILED.NOT_ON_LINKEDIN", Role.FAILED_NOT_ON_LINKEDIN);
        role(p, "answer.FAILED.BOUNCED", Role.FAILED_BOUNCED);
        for (StepKind kind : StepKind.values()) {
            for (String pattern : split(p.getProperty("answer.pattern." + kind, ""))) {
                int slot = pattern.indexOf("{name}");
                if (slot >= 0) {
                    patterns.add(new Pattern(words(pattern.substring(0, slot)),
                            words(pattern.substring(slot + "{name}".length())), kind, language));
                }
            }
        }
        for (String kind : List.of("yes", "no", "thanks", "all", "please")) {
            Set<String> keys = replies.computeIfAbsent(kind, k -> new java.util.HashSet<>());
            for (String phrase : split(p.getProperty("reply." + kind, ""))) {
                String key = TextNormalizer.key(phrase).isEmpty() ? phrase.strip() : TextNormalizer.key(phrase);
                keys.add(key);
                languages.computeIfAbsent(kind + ":" + key, k -> EnumSet.noneOf(Language.class)).add(language);
            }
        }
    }

    /** A phrase containing a hint word hints too: "ho telefonato" says the call as "telefonato" does. */
    private void inheritHints() {
        Map<List<String>, Set<Role>> hints = new HashMap<>();
        phrases.forEach((words, roles) -> roles.stream().filter(r -> r.name().startsWith("HINT_"))
                .forEach(r -> hints.computeIfAbsent(words, w -> EnumSet.noneOf(Role.class)).add(r)));
        phrases.forEach((words, roles) -> hints.forEach((hint, hintRoles) -> {
            if (words.size() > hint.size() && java.util.Collections.indexOfSubList(words, hint) >= 0) {
                roles.addAll(hintRoles);
            }
        }));
    }

    private void role(Properties p, String key, Role role) {
        for (String phrase : split(p.getProperty(key, ""))) {
            List<String> words = words(phrase);
            if (!words.isEmpty()) {
                phrases.computeIfAbsent(words, w -> EnumSet.noneOf(Role.class)).add(role);
                if (role != Role.LEAD && role != Role.FILLER) {
                    languages.computeIfAbsent(words, w -> EnumSet.noneOf(Language.class)).add(language);
                }
                longest = Math.max(longest, words.size());
            }
        }
    }

    private static List<String> split(String value) {
        return java.util.Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A phrase as the words of its name key: "didn't answer" → [didnt, answer]. */
    public static List<String> words(String text) {
        String key = TextNormalizer.key(text);
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    private static Properties properties(String resource) {
        try (InputStream in = AnswerGrammar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
