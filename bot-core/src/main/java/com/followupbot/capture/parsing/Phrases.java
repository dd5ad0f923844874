package com.followupbot.capture.parsing;

import com.followupbot.capture.TextNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A set of word sequences from the grammar data ("had coffee with", "l'altro ieri"), each with an
 * integer value, matched longest-first against a message's word ids. Candidates are found by the id of
 * the first word (an array slot), so matching costs O(phrases sharing that first word).
 */
final class Phrases {
    record Match(int length, int value) {
    }

    private record Entry(int[] ids, int value) {
    }

    private static final Entry[] NONE = new Entry[0];
    private final Entry[][] byFirstId;

    private Phrases(Entry[][] byFirstId) {
        this.byFirstId = byFirstId;
    }

    /** {@code idOf} gives every word of every phrase its lexicon id (assigning new ids as needed). */
    static Phrases of(Map<String, Integer> phraseValues, ToIntFunction<String> idOf) {
        List<Entry> entries = new ArrayList<>();
        int maxId = -1;
        for (Map.Entry<String, Integer> e : phraseValues.entrySet()) {
            String[] keys = keysOf(e.getKey());
            if (keys.length == 0) {
                continue;
            }
            int[] ids = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                ids[k] = idOf.applyAsInt(keys[k]);
                maxId = Math.max(maxId, ids[k]);
            }
            entries.add(new Entry(ids, e.getValue()));
        }
        entries.sort(Comparator.comparingInt((Entry en) -> -en.ids().length));
        Entry[][] index = new Entry[maxId + 1][];
        for (Entry e : entries) {
            Entry[] slot = index[e.ids()[0]] == null ? NONE : index[e.ids()[0]];
            Entry[] grown = java.util.Arrays.copyOf(slot, slot.length + 1);
            grown[slot.length] = e;
            index[e.ids()[0]] = grown;
        }
        return new Phrases(index);
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

    /** The longest phrase starting at word {@code i}, or null. */
    Match match(Words w, int i) {
        return match(w, i, w.size());
    }

    Match match(Words w, int i, int limit) {
        if (i < 0 || i >= limit) {
            return null;
        }
        int id = w.ids[i];
        Entry[] candidates = id >= 0 && id < byFirstId.length ? byFirstId[id] : null;
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (i + e.ids().length <= limit && matchesAt(w.ids, i, e.ids())) {
                return new Match(e.ids().length, e.value());
            }
        }
        return null;
    }

    boolean matches(Words w, int i) {
        return match(w, i) != null;
    }

    /** True when some phrase is exactly this single word id. */
    boolean isWord(int id) {
        if (id < 0 || id >= byFirstId.length || byFirstId[id] == null) {
            return false;
        }
        for (Entry e : byFirstId[id]) {
            if (e.ids().length == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(int[] ids, int i, int[] phrase) {
        for (int k = 1; k < phrase.length; k++) {
            if (ids[i + k] != phrase[k]) {
                return false;
            }
        }
        return true;
    }

    /** Marks every word id used in these phrases (only first words when {@code firstWordsOnly}). */
    void markWords(boolean[] marks, boolean firstWordsOnly) {
        for (Entry[] slot : byFirstId) {
            if (slot == null) {
                continue;
            }
            for (Entry e : slot) {
                int n = firstWordsOnly ? 1 : e.ids().length;
                for (int k = 0; k < n; k++) {
                    marks[e.ids()[k]] = true;
                }
            }
        }
    }
}
