package com.followupbot.capture.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One pattern of the referral or outcome grammar: words and slots, "gave {receiver} a referral",
 * "ho presentato {prospect} a/ad {receiver}", "{prospect} not a fit". A word written "a/ad" is either form.
 * A slot is followed by a word or ends the pattern, so each slot's end can be found by the word after it.
 */
record SlotPattern(String source, List<Element> elements) {

    enum Slot { GIVER, RECEIVER, PROSPECT, AMOUNT }

    sealed interface Element {
    }

    /** The token keys of each way the word can be written. */
    record Word(List<List<String>> forms) implements Element {
        /** The number of tokens matched at {@code i}, or -1. */
        int matchAt(List<Token> tokens, int i) {
            for (List<String> form : forms) {
                if (KeyPhrases.matchesAt(tokens, i, form)) {
                    return form.size();
                }
            }
            return -1;
        }
    }

    record Hole(Slot slot) implements Element {
    }

    static SlotPattern parse(String source) {
        List<Element> elements = new ArrayList<>();
        for (String chunk : source.strip().split("\\s+")) {
            if (chunk.startsWith("{") && chunk.endsWith("}")) {
                Slot slot = Slot.valueOf(chunk.substring(1, chunk.length() - 1).toUpperCase(Locale.ROOT));
                if (!elements.isEmpty() && elements.get(elements.size() - 1) instanceof Hole) {
                    throw new IllegalArgumentException("two slots in a row in pattern: " + source);
                }
                elements.add(new Hole(slot));
                continue;
            }
            List<List<String>> forms = new ArrayList<>();
            for (String form : chunk.split("/")) {
                String[] keys = Phrases.keysOf(form);
                if (keys.length > 0) {
                    forms.add(List.of(keys));
                }
            }
            if (!forms.isEmpty()) {
                elements.add(new Word(List.copyOf(forms)));
            }
        }
        return new SlotPattern(source, List.copyOf(elements));
    }

    static List<SlotPattern> all(String value) {
        return KeyPhrases.split(value).stream().map(SlotPattern::parse).toList();
    }

    boolean has(Slot slot) {
        return elements.stream().anyMatch(e -> e instanceof Hole h && h.slot() == slot);
    }

    /** "{prospect} not a fit": what follows the last word has to be checked (see the grammar files). */
    boolean endsWithWord() {
        return !elements.isEmpty() && elements.get(elements.size() - 1) instanceof Word;
    }

    /** How much of the pattern is words: with two patterns matching, the more specific one wins. */
    int wordCount() {
        return (int) elements.stream().filter(e -> e instanceof Word).count();
    }
}
