package com.followupbot.capture.internal;

import com.followupbot.capture.CommandName;
import com.followupbot.capture.Understanding;
import com.followupbot.followup.StepKind;
import com.followupbot.user.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recognises commands ("who is Anna") and progress reports ("emailed Anna") from phrase grammars. */
public final class PhraseReader {

    private static final int MAX_NAME_WORDS = 4;

    private final List<PhraseGrammar> grammars;

    public PhraseReader(List<PhraseGrammar> grammars) {
        this.grammars = List.copyOf(grammars);
    }

    /** Tries the preferred language first, then the others. {@code original} keeps the user's casing. */
    public Optional<Understanding> read(String original, Language preferred) {
        String text = TextNormalizer.forMatching(original);
        String clean = TextNormalizer.clean(original);
        String cased = clean.startsWith("/") ? clean.substring(1) : clean;
        for (PhraseGrammar grammar : ordered(preferred)) {
            Optional<Understanding> found = command(grammar, text, cased).or(() -> progress(grammar, text, cased));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private List<PhraseGrammar> ordered(Language preferred) {
        return grammars.stream().sorted((a, b) -> Boolean.compare(b.language() == preferred, a.language() == preferred))
                .toList();
    }

    private static Optional<Understanding> command(PhraseGrammar grammar, String text, String cased) {
        for (Map.Entry<CommandName, List<String>> entry : grammar.commands().entrySet()) {
            for (String phrase : entry.getValue()) {
                if (text.equals(phrase)) {
                    return Optional.of(new Understanding.Command(entry.getKey(), "", grammar.language()));
                }
                if (text.startsWith(phrase + " ") && takesArguments(entry.getKey())) {
                    String args = cased.length() > phrase.length() ? cased.substring(phrase.length()).strip() : "";
                    return Optional.of(new Understanding.Command(entry.getKey(), stripEnd(args), grammar.language()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean takesArguments(CommandName name) {
        return switch (name) {
            case WHO, FORGET, SETTINGS, FIX -> true;
            default -> false;
        };
    }

    private static Optional<Understanding> progress(PhraseGrammar grammar, String text, String cased) {
        for (Map.Entry<StepKind, List<String>> entry : grammar.progress().entrySet()) {
            for (String pattern : entry.getValue()) {
                Optional<String> name = nameIn(pattern, text, cased, grammar);
                if (name.isPresent()) {
                    return Optional.of(new Understanding.Progress(entry.getKey(), name.get(), grammar.language()));
                }
            }
        }
        return Optional.empty();
    }

    /** The name standing where {@code {name}} is in the pattern: words up to a stop word or the suffix. */
    private static Optional<String> nameIn(String pattern, String text, String cased, PhraseGrammar grammar) {
        int slot = pattern.indexOf("{name}");
        String prefix = pattern.substring(0, slot);
        String suffix = pattern.substring(slot + "{name}".length()).strip();
        if (!text.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] lower = text.substring(prefix.length()).split(" ");
        String[] words = cased.substring(Math.min(prefix.length(), cased.length())).split(" ");
        StringBuilder name = new StringBuilder();
        int taken = 0;
        for (int i = 0; i < lower.length && i < words.length && taken < MAX_NAME_WORDS; i++) {
            String word = lower[i].replaceAll("[.,;:!?]+$", "");
            if (word.isEmpty() || grammar.progressStops().contains(word) || (!suffix.isEmpty() && suffix.startsWith(word))) {
                break;
            }
            name.append(name.length() == 0 ? "" : " ").append(words[i].replaceAll("[.,;:!?]+$", ""));
            taken++;
            if (lower[i].matches(".*[.,;:!?]$")) {
                break;
            }
        }
        if (name.length() == 0) {
            return Optional.empty();
        }
        // "spoke to {name} on the phone" needs its tail: "spoke to Mark at the meetup" is a meeting, not a call.
        String after = String.join(" ", java.util.Arrays.copyOfRange(lower, Math.min(taken, lower.length), lower.length));
        return suffix.isEmpty() || after.startsWith(suffix) ? Optional.of(name.toString()) : Optional.empty();
    }

    private static String stripEnd(String args) {
        int end = args.length();
        while (end > 0 && ".!?".indexOf(args.charAt(end - 1)) >= 0) {
            end--;
        }
        return args.substring(0, end).strip();
    }
}
