package com.followupbot.slack;

import com.followupbot.FollowUpBot;
import com.followupbot.conversation.CommandMenu;
import com.followupbot.user.Language;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slack's command names in the core's terms. Slash commands share one namespace per workspace, so the
 * manifest calls the day's list /followups (a bare /today is likely some other app's): it is the core's
 * "today"; and /who is one of Slack's own commands, which an app cannot register, so the manifest has
 * /whois. "@bot help" in a channel names a command by its first word, in any language the core speaks.
 */
final class CommandNames {

    /** Slack's name → the core's, where they differ. */
    private static final Map<String, String> CORE_NAMES = Map.of("followups", "today", "whois", "who");

    private final Set<String> known = new HashSet<>();

    CommandNames(FollowUpBot bot) {
        for (Language language : Language.values()) {
            for (CommandMenu.Scope scope : CommandMenu.Scope.values()) {
                bot.commandMenu(language, scope).forEach(entry -> known.add(entry.command().toLowerCase(Locale.ROOT)));
            }
        }
        known.addAll(CORE_NAMES.keySet());
    }

    /** "/followups" is "today", "/whois" "who"; any other slash command is its own name. */
    static String ofSlash(String command) {
        String name = command == null ? "" : command.strip().replaceFirst("^/", "").toLowerCase(Locale.ROOT);
        return CORE_NAMES.getOrDefault(name, name);
    }

    /** The command a mention's text starts with, e.g. "met" in "met Anna at the expo"; empty for plain words. */
    Optional<String> leading(String text) {
        String first = text.strip().split("\\s+", 2)[0].replaceFirst("^/", "").toLowerCase(Locale.ROOT);
        return known.contains(first) ? Optional.of(ofSlash(first)) : Optional.empty();
    }

    /** The words after the command. */
    static String rest(String text) {
        String[] parts = text.strip().split("\\s+", 2);
        return parts.length < 2 ? "" : parts[1].strip();
    }
}
