package com.followupbot.capture;

import com.followupbot.capture.internal.GrammarFile;
import com.followupbot.user.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event as the user introduced it ("at the expo", "all'expo", "alla colazione BNI"), recovered
 * from the raw text so drafts read naturally in languages where the preposition carries the article.
 */
public final class EventPhrase {

    /** The words that may introduce an event ("at the", "all'"), of every language: {@code event.phrase.words}. */
    private static final Set<String> PREPOSITIONS = Arrays.stream(Language.values())
            .flatMap(l -> Arrays.stream(GrammarFile.load(l).getProperty("event.phrase.words", "").split("\\|")))
            .map(String::strip).filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());

    private EventPhrase() {
    }

    /** " at the expo", " all'expo"; {@code fallback} (" at {event}") when the raw text does not show it. */
    public static String of(String rawText, String event, String fallback) {
        if (event == null || event.isBlank()) {
            return "";
        }
        String raw = rawText.replace('’', '\'');
        int at = raw.toLowerCase(Locale.ROOT).indexOf(event.toLowerCase(Locale.ROOT));
        if (at <= 0) {
            return fallback;
        }
        String before = raw.substring(0, at);
        int start = before.length();
        for (int words = 0; words < 2; words++) {
            int wordStart = wordStartBefore(before, start);
            String word = before.substring(wordStart, start).strip().toLowerCase(Locale.ROOT);
            if (!PREPOSITIONS.contains(word)) {
                break;
            }
            start = wordStart;
        }
        String phrase = raw.substring(start, at + event.length()).strip();
        return phrase.equalsIgnoreCase(event) ? fallback : " " + phrase;
    }

    /** The start of the word ending at {@code end}: after an apostrophe-word like "all'" the word is "all'". */
    private static int wordStartBefore(String text, int end) {
        int i = end;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        while (i > 0 && text.charAt(i - 1) != ' ') {
            i--;
        }
        return i;
    }
}
