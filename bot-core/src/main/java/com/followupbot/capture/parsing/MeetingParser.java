package com.followupbot.capture.parsing;

import com.followupbot.capture.TextNormalizer;

import com.followupbot.capture.Intent;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.user.Language;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Understands a free-text message that logs a meeting ("met Anna Rossi from Acme at the expo yesterday
 * — needs a website", "ho conosciuto Marco alla fiera") in English or Italian. A hand-written tokenizer
 * and token-level grammar (data in {@code /grammar/*.properties}) keep every parse linear in the message
 * length. Thread-safe and immutable after construction.
 */
public final class MeetingParser {
    /** Longer messages are not read at all (see {@link Intent#TOO_LONG}). */
    public static final int MAX_UTF8_BYTES = 4096;

    private static final class Holder {
        static final MeetingParser STANDARD = new MeetingParser();
    }

    private final Map<Language, Lexicon> lexicons = new EnumMap<>(Language.class);

    private MeetingParser() {
        for (Language language : Language.values()) {
            lexicons.put(language, Lexicon.of(language));
        }
    }

    /** The parser with the bundled EN and IT grammars, loaded once. */
    public static MeetingParser standard() {
        return Holder.STANDARD;
    }

    /**
     * @param hint the user's language, or null to detect it from the text
     * @param now the user's current time in the user's zone; dates are resolved against its local date
     */
    public ParsedMessage parse(String text, Language hint, ZonedDateTime now) {
        Language fallback = hint != null ? hint : Language.EN;
        if (text != null && utf8Length(text) > MAX_UTF8_BYTES) {
            return ParsedMessage.of(Intent.TOO_LONG, fallback);
        }
        if (text == null || text.isBlank()) {
            return ParsedMessage.of(Intent.UNKNOWN, fallback);
        }
        String normalized = TextNormalizer.normalize(text);
        List<Token> tokens = Tokenizer.tokenize(normalized);
        Language language = hint != null ? hint : detect(tokens, Language.EN);
        CaptureReader.Outcome outcome = CaptureReader.read(lexicons.get(language), normalized, tokens, now.toLocalDate(), true);
        for (Language other : Language.values()) {
            if (outcome.kind() == CaptureReader.Kind.NONE && other != language) {
                outcome = CaptureReader.read(lexicons.get(other), normalized, tokens, now.toLocalDate(), false); // mixed-language users
            }
        }
        if (outcome.kind() != CaptureReader.Kind.CAPTURE) {
            return ParsedMessage.of(Intent.UNKNOWN, language);
        }
        return new ParsedMessage(Intent.CAPTURE, language, outcome.people(), outcome.event(), outcome.date(),
                outcome.time(), outcome.note());
    }

    /** EN or IT by counting each grammar's cue words; {@code fallback} when the text gives no clue. */
    public static Language detectLanguage(String text, Language fallback) {
        if (text == null || utf8Length(text) > MAX_UTF8_BYTES) {
            return fallback;
        }
        return standard().detect(Tokenizer.tokenize(TextNormalizer.normalize(text)), fallback);
    }

    private Language detect(List<Token> tokens, Language fallback) {
        Language best = fallback;
        int bestScore = 0;
        boolean tie = false;
        for (Map.Entry<Language, Lexicon> e : lexicons.entrySet()) {
            int score = score(e.getValue(), tokens);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? fallback : best;
    }

    private static int score(Lexicon lx, List<Token> tokens) {
        Words words = new Words(lx, tokens);
        int score = 0;
        for (int i = 0; i < tokens.size(); i++) {
            score += lx.cues.match(words, i) != null ? 1 : 0;
            score += lx.captureVerbs.match(words, i) != null ? 3 : 0;
        }
        return score;
    }

    /** Every char is at least one UTF-8 byte, so a long string is rejected without encoding it. */
    private static int utf8Length(String text) {
        return text.length() > MAX_UTF8_BYTES ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
