package com.followupbot.conversation;

import com.followupbot.i18n.Texts;
import com.followupbot.user.Language;
import java.util.List;

/**
 * The commands a platform lists in its menu (Telegram's setMyCommands), per language and per kind of
 * chat: everything in the private chat, only logging a meeting (and help) in a chapter group.
 */
public final class CommandMenu {

    /** Where the menu shows. */
    public enum Scope { PRIVATE_CHAT, GROUP }

    /** A command name (lower case, no slash) and what it does, in the menu's language. */
    public record Entry(String command, String description) {
    }

    private static final List<String> PRIVATE_CHAT = List.of("MET", "TODAY", "UPCOMING", "CONTACTS", "WHO",
            "REFERRALS", "CHAPTER", "STATS", "SLIPS", "ASK", "IMPORT", "EXPORT", "SETTINGS", "UNDO", "LINK", "HELP");
    private static final List<String> GROUP = List.of("MET", "DIGEST", "HELP");

    private final Texts texts;

    public CommandMenu(Texts texts) {
        this.texts = texts;
    }

    public List<Entry> entries(Language language, Scope scope) {
        return (scope == Scope.GROUP ? GROUP : PRIVATE_CHAT).stream()
                .map(id -> new Entry(texts.get(language, "menu.name." + id), texts.get(language, "menu.about." + id)))
                .toList();
    }
}
