package com.followupbot.capture.parsing;

import com.followupbot.capture.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * The words of amounts, from the outcome grammar of every language at once (people write "3k euro" in
 * Italian too): currencies by ISO code, multipliers, lead words; and the small lexer that cuts a text into
 * numbers ("2.500,50" is one), words and single marks ("€", ","), each knowing if a space came before it.
 */
record AmountWords(List<Phrase<String>> currencies, List<Phrase<BigDecimal>> multipliers, List<List<String>> leads) {

    record Piece(String text, String key, boolean number, boolean word, boolean glued) {
    }

    record Phrase<T>(List<String> keys, T value) {
    }

    static AmountWords of(List<Properties> files) {
        List<Phrase<String>> currencies = new ArrayList<>();
        List<Phrase<BigDecimal>> multipliers = new ArrayList<>();
        List<List<String>> leads = new ArrayList<>();
        for (Properties p : files) {
            for (String name : p.stringPropertyNames()) {
                for (String phrase : KeyPhrases.split(p.getProperty(name))) {
                    if (name.startsWith("amount.currency.")) {
                        currencies.add(new Phrase<>(keys(phrase), name.substring("amount.currency.".length())));
                    } else if (name.startsWith("amount.multiplier.")) {
                        multipliers.add(new Phrase<>(keys(phrase), new BigDecimal(name.substring("amount.multiplier.".length()))));
                    } else if (name.equals("amount.lead")) {
                        leads.add(keys(phrase));
                    }
                }
            }
        }
        currencies.sort(Comparator.comparingInt(c -> -c.keys().size()));
        multipliers.sort(Comparator.comparingInt(m -> -m.keys().size()));
        leads.sort(Comparator.comparingInt(l -> -l.size()));
        return new AmountWords(List.copyOf(currencies), List.copyOf(multipliers), List.copyOf(leads));
    }

    static List<String> keys(String phrase) {
        return lex(phrase).stream().map(Piece::key).toList();
    }

    /** The longest phrase at piece {@code i}, or null. */
    static <T> Phrase<T> longest(List<Phrase<T>> phrases, List<Piece> p, int i) {
        for (Phrase<T> phrase : phrases) {
            if (matchesAt(phrase.keys(), p, i)) {
                return phrase;
            }
        }
        return null;
    }

    static int match(List<List<String>> phrases, List<Piece> p, int i) {
        for (List<String> phrase : phrases) {
            if (matchesAt(phrase, p, i)) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static boolean matchesAt(List<String> keys, List<Piece> p, int i) {
        if (i + keys.size() > p.size()) {
            return false;
        }
        for (int k = 0; k < keys.size(); k++) {
            if (!p.get(i + k).key().equals(keys.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Numbers keep inner '.' and ',' followed by a digit; letters make words; anything else is one mark. */
    static List<Piece> lex(String text) {
        List<Piece> pieces = new ArrayList<>();
        boolean glued = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int start = i;
            if (Character.isWhitespace(cp)) {
                i += Character.charCount(cp);
                glued = false;
                continue;
            }
            if (cp >= '0' && cp <= '9') {
                while (i < text.length() && (digit(text, i) || ".,".indexOf(text.charAt(i)) >= 0 && digit(text, i + 1))) {
                    i++;
                }
                pieces.add(new Piece(text.substring(start, i), text.substring(start, i), true, false, glued));
            } else if (Character.isLetter(cp)) {
                while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = text.substring(start, i);
                pieces.add(new Piece(word, TextNormalizer.fold(word), false, true, glued));
            } else {
                i += Character.charCount(cp);
                String mark = text.substring(start, i);
                pieces.add(new Piece(mark, mark, false, false, glued));
            }
            glued = true;
        }
        return pieces;
    }

    private static boolean digit(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
}
