package com.followupbot.capture;

import com.followupbot.capture.internal.AnswerGrammar;
import com.followupbot.capture.internal.AnswerGrammar.Role;
import com.followupbot.followup.StepKind;
import com.followupbot.user.Language;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed answers to prompts, for every platform: "done", "fatto", "le ho scritto", "sent Bice a
 * message", "called Sara, no answer", "snooze Dora until Monday", "booked with Luca on Friday 15:00".
 * A short message is an answer when a cue starts within its first few words; a failed attempt beats a
 * done-word ("called her, no answer" is not done); the leftover words may name the contact.
 */
public final class AnswerReader {

    /** Longer messages are reports or meetings, not answers. */
    static final int MAX_WORDS = 16;
    /** The first cue must start among the first words: "Sara didn't answer", "he is not on LinkedIn". */
    static final int CUE_WITHIN = 3;
    private static final int MAX_NAME_WORDS = 3;

    private final AnswerGrammar grammar;
    private final WhenReader when;

    AnswerReader(AnswerGrammar grammar, WhenReader when) {
        this.grammar = grammar;
        this.when = when;
    }

    public static AnswerReader standard(WhenReader when) {
        return new AnswerReader(AnswerGrammar.load(), when);
    }

    /** The whole-message replies of the same grammar: yes, no, thanks, all. */
    public ReplyReader replies() {
        return new ReplyReader(grammar);
    }

    /**
     * The answer in {@code text}, with the position of its first cue among the words (0: it opens the message)
     * and the language that cue is in, when only one language has it ("fatto": Italian).
     */
    public record Read(PromptAnswer answer, int cueAt, Optional<Language> language) {
    }

    public Optional<Read> read(String text, Language language, ZonedDateTime now) {
        List<String> words = AnswerGrammar.words(text);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        Optional<WhenPhrase> time = firstTime(text, language, now);
        Set<String> timeWords = time.map(t -> new HashSet<>(AnswerGrammar.words(text.substring(t.start(), t.end()))))
                .orElse(new HashSet<>());
        int start = skipLeads(words);
        Optional<Read> pattern = pattern(words, start, time.orElse(null));
        if (pattern.isPresent()) {
            return pattern;
        }
        return cues(words, start, timeWords, time.orElse(null));
    }

    /** The first time the text names, read in its language first ("rimanda a lunedì" from an English user too). */
    private Optional<WhenPhrase> firstTime(String text, Language language, ZonedDateTime now) {
        Optional<WhenPhrase> found = when.find(text, language, now, Lean.FUTURE).stream().findFirst();
        for (Language other : Language.values()) {
            if (found.isEmpty() && other != language) {
                found = when.find(text, other, now, Lean.FUTURE).stream().findFirst();
            }
        }
        return found;
    }

    /** Whether the words of {@code text} are only lead and filler words ("on", "for", "alle"), or none. */
    public boolean onlyFillers(String text) {
        List<String> words = AnswerGrammar.words(text);
        int i = 0;
        while (i < words.size()) {
            int length = match(words, i);
            Set<Role> roles = length == 0 ? null : grammar.roles(words, i, length);
            if (roles == null || !(roles.contains(Role.FILLER) || roles.contains(Role.LEAD))) {
                return false;
            }
            i += length;
        }
        return true;
    }

    private int skipLeads(List<String> words) {
        int i = 0;
        while (i < words.size()) {
            int length = match(words, i);
            Set<Role> roles = length == 0 ? null : grammar.roles(words, i, length);
            if (roles == null || !roles.contains(Role.LEAD) || isCue(roles)) {
                break;
            }
            i += length;
        }
        return i;
    }

    /** "spoke to Mark on the phone": a done-report whose shape says the name. */
    private Optional<Read> pattern(List<String> words, int start, WhenPhrase time) {
        for (AnswerGrammar.Pattern p : grammar.patterns()) {
            int nameStart = start + p.before().size();
            if (nameStart >= words.size() || !words.subList(start, nameStart).equals(p.before())) {
                continue;
            }
            for (int n = 1; n <= MAX_NAME_WORDS && nameStart + n + p.after().size() <= words.size(); n++) {
                int tail = nameStart + n;
                if (words.subList(tail, tail + p.after().size()).equals(p.after())) {
                    String name = String.join(" ", words.subList(nameStart, tail));
                    return Optional.of(new Read(new PromptAnswer(PromptAnswer.Kind.DONE, p.step(), null, name, time), 0,
                            Optional.of(p.language())));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Read> cues(List<String> words, int start, Set<String> timeWords, WhenPhrase time) {
        AnswerCues found = new AnswerCues();
        List<String> nameWords = new ArrayList<>();
        boolean nameClosed = false;
        int i = start;
        while (i < words.size()) {
            int length = match(words, i);
            if (length == 0) {
                boolean isName = !timeWords.contains(words.get(i)) && !nameClosed && nameWords.size() < MAX_NAME_WORDS;
                if (isName) {
                    nameWords.add(words.get(i));
                } else if (!nameWords.isEmpty()) {
                    nameClosed = true;
                }
                i++;
                continue;
            }
            if (!nameWords.isEmpty()) {
                nameClosed = true;
            }
            Set<Role> roles = grammar.roles(words, i, length);
            if (isCue(roles) && found.firstCue == Integer.MAX_VALUE) {
                found.language = grammar.languageOf(words.subList(i, i + length));
            }
            found.add(roles, i - start, i - start + length - 1);
            i += length;
        }
        PromptAnswer.Kind kind = found.kind();
        if (kind == null || found.firstCue > CUE_WITHIN) {
            return Optional.empty();
        }
        String name = nameWords.isEmpty() ? null : String.join(" ", nameWords);
        StepKind step = found.failure != null ? PromptAnswer.stepOf(found.failure) : found.hint;
        return Optional.of(new Read(new PromptAnswer(kind, step, found.failure, name, time), found.firstCue, found.language));
    }

    private int match(List<String> words, int from) {
        for (int length = Math.min(grammar.longest(), words.size() - from); length > 0; length--) {
            if (grammar.roles(words, from, length) != null) {
                return length;
            }
        }
        return 0;
    }

    static boolean isCue(Set<Role> roles) {
        return roles.contains(Role.DONE) || roles.contains(Role.SKIP) || roles.contains(Role.SNOOZE)
                || roles.contains(Role.BOOKED) || AnswerGrammar.failure(roles) != null;
    }
}
