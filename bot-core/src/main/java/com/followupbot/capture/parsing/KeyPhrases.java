package com.followupbot.capture.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A |-separated list of phrases from a grammar file, matched on token keys at a position, longest first.
 * Unlike {@link Phrases} it needs no {@link Lexicon}: the referral and outcome grammars have their own files.
 */
final class KeyPhrases {
    private final List<List<String>> phrases;

    private KeyPhrases(List<List<String>> phrases) {
        this.phrases = phrases;
    }

    static KeyPhrases of(String value) {
        List<List<String>> phrases = new ArrayList<>();
        for (String phrase : split(value)) {
            String[] keys = Phrases.keysOf(phrase);
            if (keys.length > 0) {
                phrases.add(List.of(keys));
            }
        }
        phrases.sort(Comparator.comparingInt((List<String> p) -> -p.size()));
        return new KeyPhrases(List.copyOf(phrases));
    }

    /** The number of tokens of the longest phrase starting at token {@code i}, or 0. */
    int match(List<Token> tokens, int i) {
        for (List<String> phrase : phrases) {
            if (matchesAt(tokens, i, phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    /** Whether the tokens {@code [from, to)} are exactly one of the phrases. */
    boolean isExactly(List<Token> tokens, int from, int to) {
        return phrases.stream().anyMatch(p -> p.size() == to - from && matchesAt(tokens, from, p));
    }

    static boolean matchesAt(List<Token> tokens, int i, List<String> phrase) {
        if (i < 0 || i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(i + k).key().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    static List<String> split(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
