package com.followupbot.capture;

import com.followupbot.capture.internal.AnswerGrammar;
import com.followupbot.user.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whole-message replies, from the {@code reply.*} phrases of the answer grammars: "yes", "ok", "sì,
 * giusto", "looks right", "sure, thanks"; "no", "sbagliato"; "thanks", "grazie"; "both", "entrambi".
 */
public final class ReplyReader {

    private final AnswerGrammar grammar;

    ReplyReader(AnswerGrammar grammar) {
        this.grammar = grammar;
    }

    /** Whole-message replies: "yes", "ok", "sì, giusto", "looks right". */
    public boolean isYes(String text) {
        String key = key(text);
        return grammar.isReply("yes", key) || grammar.onlyReplyWords(key, REPLY_WORDS)
                && Arrays.stream(key.split(" ")).anyMatch(w -> grammar.isReply("yes", w));
    }

    /** What a yes may be made of beside yes-words: "sure, thanks", "yes please". */
    private static final List<String> REPLY_WORDS = List.of("yes", "thanks", "please");

    public boolean isNo(String text) {
        return grammar.isReply("no", key(text));
    }

    /** The language of a whole-message reply ("grazie": Italian), when only one language has it. */
    public Optional<Language> replyLanguage(String text) {
        String key = key(text);
        for (String kind : List.of("thanks", "yes", "no")) {
            if (grammar.isReply(kind, key)) {
                return grammar.languageOf(kind + ":" + key);
            }
        }
        return Optional.empty();
    }

    /** "both", "all of them", "entrambi": every choice offered. */
    public boolean isAll(String text) {
        return grammar.isReply("all", key(text));
    }

    public boolean isThanks(String text) {
        return grammar.isReply("thanks", key(text));
    }

    private static String key(String text) {
        String key = TextNormalizer.key(text);
        return key.isEmpty() ? text.strip() : key;
    }
}
