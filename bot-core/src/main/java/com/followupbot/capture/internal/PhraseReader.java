package com.followupbot.capture.internal;

import com.followupbot.capture.TextNormalizer;
import com.followupbot.capture.CommandName;
import com.followupbot.capture.SettingsReader;
import com.followupbot.capture.Understanding;
import com.followupbot.user.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises commands ("who is Anna", "/today") and settings requests phrased as sentences ("change my
 * time zone to London", "imposta la lingua in inglese") from the phrase grammars.
 */
public final class PhraseReader {

    private final List<PhraseGrammar> grammars;
    private final SettingsReader settings;

    public PhraseReader(List<PhraseGrammar> grammars, SettingsReader settings) {
        this.grammars = List.copyOf(grammars);
        this.settings = settings;
    }

    /** Tries the preferred language first, then the others. {@code original} keeps the user's casing. */
    public Optional<Understanding> read(String original, Language preferred) {
        String text = TextNormalizer.forMatching(original);
        String clean = TextNormalizer.normalize(original);
        String cased = clean.startsWith("/") ? clean.substring(1) : clean;
        for (PhraseGrammar grammar : ordered(preferred)) {
            Optional<Understanding> found = settingsSentence(grammar, text, cased).or(() -> command(grammar, text, cased));
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

    /** "change my time zone to London": a lead, a setting's name, maybe a link word, the value; "speak Italian". */
    private Optional<Understanding> settingsSentence(PhraseGrammar grammar, String text, String cased) {
        for (String lead : grammar.languageLeads()) {
            if (text.startsWith(lead + " ")) {
                String value = cased.substring(Math.min(lead.length(), cased.length())).strip();
                Optional<Understanding> found = asSettings(grammar.languageSetting() + " " + value, grammar.language());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (String lead : grammar.settingsLeads()) {
            if (!text.startsWith(lead + " ")) {
                continue;
            }
            String rest = cased.substring(Math.min(lead.length(), cased.length())).strip();
            String lower = rest.toLowerCase(java.util.Locale.ROOT);
            for (String link : grammar.settingsLinks()) {
                int cut = lower.indexOf(" " + link + " ");
                if (cut > 0) {
                    Optional<Understanding> found = asSettings(rest.substring(0, cut) + " "
                            + rest.substring(cut + link.length() + 2), grammar.language());
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            Optional<Understanding> found = asSettings(rest, grammar.language());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Understanding> asSettings(String args, Language language) {
        return settings.read(args).filter(change -> !change.value().isBlank())
                .map(change -> new Understanding.Command(CommandName.SETTINGS, stripEnd(args), language));
    }

    /** The command whose phrase starts the message, the longest phrase winning ("delete my data" over "delete"). */
    private static Optional<Understanding> command(PhraseGrammar grammar, String text, String cased) {
        CommandName best = null;
        String bestPhrase = "";
        for (Map.Entry<CommandName, List<String>> entry : grammar.commands().entrySet()) {
            for (String phrase : entry.getValue()) {
                boolean matches = text.equals(phrase)
                        || (text.startsWith(phrase + " ") || text.startsWith(phrase + ":")) && takesArguments(entry.getKey());
                if (matches && phrase.length() > bestPhrase.length()) {
                    best = entry.getKey();
                    bestPhrase = phrase;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // "my ask: facility managers …": a colon may stand between the command and what it takes
        String args = cased.length() > bestPhrase.length()
                ? cased.substring(bestPhrase.length()).replaceFirst("^\\s*:", "").strip() : "";
        return Optional.of(new Understanding.Command(best, stripEnd(args), grammar.language()));
    }

    private static boolean takesArguments(CommandName name) {
        return switch (name) {
            case WHO, FORGET, SETTINGS, FIX, LINK, REFERRALS, SLIPS, ASK -> true;
            default -> false;
        };
    }

    private static String stripEnd(String args) {
        int end = args.length();
        while (end > 0 && ".!?".indexOf(args.charAt(end - 1)) >= 0) {
            end--;
        }
        return args.substring(0, end).strip();
    }
}
