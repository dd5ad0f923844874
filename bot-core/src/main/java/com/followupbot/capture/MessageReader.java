package com.followupbot.capture;

import com.followupbot.capture.parsing.MeetingParser;
import com.followupbot.capture.internal.PhraseGrammar;
import com.followupbot.capture.internal.PhraseReader;
import com.followupbot.user.Language;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The front door of message understanding: commands and progress reports first (short fixed
 * phrases), then meeting captures. Thread-safe; build one with {@link #standard()} and share it.
 */
public final class MessageReader {

    /** Longer messages get a polite refusal instead of a parse: nobody logs a meeting in 4 KB. */
    public static final int MAX_BYTES = 4096;

    private final PhraseReader phrases;
    private final MeetingParser meetings;

    public MessageReader(PhraseReader phrases, MeetingParser meetings) {
        this.phrases = phrases;
        this.meetings = meetings;
    }

    public static MessageReader standard() {
        List<PhraseGrammar> grammars = Arrays.stream(Language.values()).map(PhraseGrammar::load).toList();
        return new MessageReader(new PhraseReader(grammars), MeetingParser.standard());
    }

    /** What the message asks for. {@code hint} (may be null) is the user's language, if known. */
    public Understanding understand(String text, Language hint, ZonedDateTime now) {
        Language language = hint != null ? hint : MeetingParser.detectLanguage(text, Language.EN);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return new Understanding.TooLong(language);
        }
        Optional<Understanding> phrase = phrases.read(text, language);
        if (phrase.isPresent()) {
            return phrase.get();
        }
        ParsedMessage parsed = meetings.parse(text, hint, now);
        return switch (parsed.intent()) {
            case CAPTURE -> parsed.people().isEmpty() ? new Understanding.NotUnderstood(parsed.language())
                    : new Understanding.Capture(parsed);
            case TOO_LONG -> new Understanding.TooLong(parsed.language());
            default -> new Understanding.NotUnderstood(parsed.language());
        };
    }

    /**
     * The past day a phrase names ("yesterday", "il 3 marzo", "last Tuesday"), for "fix date …"; null when it
     * names none, or only a day still to come ("tomorrow", "next Monday": a meeting cannot be moved there).
     * {@link WhenReader} with the PAST lean: the same dates the meeting parser gives.
     */
    public LocalDate dateOf(String phrase, Language language, ZonedDateTime now) {
        Language reading = language != null ? language : MeetingParser.detectLanguage(phrase, Language.EN);
        for (WhenPhrase p : WhenReader.standard().find(phrase, reading, now, Lean.PAST)) {
            if (p.date() != null) {
                return p.date().isAfter(now.toLocalDate()) ? null : p.date();
            }
        }
        return null;
    }

    /** The {@code parse} command's view: one {@link ParsedMessage} per message. */
    public ParsedMessage read(String text, Language hint, ZonedDateTime now) {
        Understanding understanding = understand(text, hint, now);
        if (understanding instanceof Understanding.Capture capture) {
            return capture.parsed();
        }
        if (understanding instanceof Understanding.Progress progress) {
            return new ParsedMessage(Intent.PROGRESS, progress.language(),
                    List.of(PersonMention.named(progress.contactName())), null, null, null, null);
        }
        Intent intent = understanding instanceof Understanding.Command ? Intent.COMMAND
                : understanding instanceof Understanding.TooLong ? Intent.TOO_LONG : Intent.UNKNOWN;
        return ParsedMessage.of(intent, understanding.language());
    }
}
