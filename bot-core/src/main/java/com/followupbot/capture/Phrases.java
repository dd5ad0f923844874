package com.followupbot.capture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of word sequences from the grammar data ("had coffee with", "l'altro ieri"), each with an
 * integer value, matched longest-first against tokens by their folded keys. Lookup is a hash on the
 * first word, so matching costs O(candidates with that first word), independent of the set size.
 */
final class Phrases {
    record Match(int length, int value) {
    }

    private record Entry(String[] keys, int value) {
    }

    static final Phrases EMPTY = new Phrases(Map.of());

    private final Map<String, List<Entry>> byFirstKey;

    private Phrases(Map<String, List<Entry>> byFirstKey) {
        this.byFirstKey = byFirstKey;
    }

    static Phrases of(Map<String, Integer> phraseValues) {
        Map<String, List<Entry>> index = new HashMap<>();
        for (Map.Entry<String, Integer> e : phraseValues.entrySet()) {
            String[] keys = keysOf(e.getKey());
            if (keys.length > 0) {
                index.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Entry(keys, e.getValue()));
            }
        }
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Entry en) -> -en.keys().length)));
        return new Phrases(Map.copyOf(index));
    }

    /** Tokenizes a phrase exactly as a message would be, so "dott.ssa", "l'altro" and "she's" line up. */
    static String[] keysOf(String phrase) {
        List<Token> tokens = Tokenizer.tokenize(TextNormalizer.normalize(phrase));
        int n = tokens.size();
        while (n > 1 && tokens.get(n - 1).isPunct('.')) {
            n--;
        }
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = tokens.get(i).key();
        }
        return keys;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match match(List<Token> tokens, int i) {
        return match(tokens, i, tokens.size());
    }

    Match match(List<Token> tokens, int i, int limit) {
        if (i < 0 || i >= limit) {
            return null;
        }
        List<Entry> candidates = byFirstKey.get(tokens.get(i).key());
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (i + e.keys().length <= limit && matchesAt(tokens, i, e.keys())) {
                return new Match(e.keys().length, e.value());
            }
        }
        return null;
    }

    boolean matches(List<Token> tokens, int i) {
        return match(tokens, i) != null;
    }

    private static boolean matchesAt(List<Token> tokens, int i, String[] keys) {
        for (int k = 1; k < keys.length; k++) {
            if (!tokens.get(i + k).key().equals(keys[k])) {
                return false;
            }
        }
        return true;
    }

    /** Every single word appearing anywhere in these phrases (used to keep grammar words out of names). */
    void addWordsTo(Set<String> words, boolean firstWordsOnly) {
        for (List<Entry> list : byFirstKey.values()) {
            for (Entry e : list) {
                int n = firstWordsOnly ? 1 : e.keys().length;
                for (int k = 0; k < n; k++) {
                    words.add(e.keys()[k]);
                }
            }
        }
    }

    static Phrases union(Collection<Phrases> sets) {
        Map<String, List<Entry>> index = new HashMap<>();
        for (Phrases p : sets) {
            p.byFirstKey.forEach((k, v) -> index.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Entry en) -> -en.keys().length)));
        return new Phrases(Map.copyOf(index));
    }
}
