package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.conversation.CommandMenu;
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.testing.TestDatabase;
import com.followupbot.user.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * manifest.yml, the app people paste into Slack, matches the code: the scopes the start-up check demands,
 * a slash command for every command of the core's menu (none of them one of Slack's own, which would make
 * Slack refuse the whole manifest), the events and the shortcut the listeners handle, Socket Mode on.
 */
class ManifestTest {

    /** Slack's built-in commands (slack.com/help/articles/201259356): an app cannot register them. */
    private static final Set<String> SLACK_BUILT_INS = Set.of("me", "status", "away", "dnd", "shrug", "remind", "msg", "feed",
            "who", "collapse", "expand", "leave", "join", "open", "search", "topic", "mute", "pro", "shortcuts");

    private final List<String> manifest = lines();

    @Test
    void theBotScopesAreTheOnesTheAdapterChecks() {
        assertThat(listUnder("    bot:")).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(BotScopes.REQUIRED.stream(), BotScopes.OPTIONAL.stream()).toList());
    }

    @Test
    void everyCommandOfTheCoresMenuHasASlashCommandSlackAccepts() {
        List<String> slashes = manifest.stream().filter(line -> line.startsWith("    - command: /"))
                .map(line -> line.substring("    - command: /".length()).strip()).toList();
        FollowUpBot bot = FollowUpBot.create(Storage.jdbi(TestDatabase.fresh()), new MovableClock(
                SlackTestBot.thursdayEvening().toInstant(), SlackTestBot.ROME), new RecordingChatPort(),
                BotSettings.defaults(SlackTestBot.ROME, "manifest"));
        List<String> menu = bot.commandMenu(Language.EN, CommandMenu.Scope.PRIVATE_CHAT).stream().map(CommandMenu.Entry::command).toList();

        assertThat(slashes).doesNotHaveDuplicates().noneMatch(SLACK_BUILT_INS::contains).allMatch(s -> s.matches("[a-z0-9_-]{1,32}"));
        assertThat(slashes.stream().map(CommandNames::ofSlash).toList()).containsExactlyInAnyOrderElementsOf(menu);
    }

    @Test
    void theEventsShortcutAndModesAreTheOnesTheListenersHandle() {
        assertThat(listUnder("    bot_events:")).containsExactlyInAnyOrder("app_home_opened", "app_mention", "app_uninstalled",
                "message.im", "tokens_revoked");
        assertThat(manifest).contains("      callback_id: " + InteractionTranslator.LOG_MEETING, "      type: message",
                "  socket_mode_enabled: true", "    messages_tab_enabled: true", "    messages_tab_read_only_enabled: false",
                "    home_tab_enabled: true", "    is_enabled: true");
    }

    /** The "- item" lines right under {@code header}. */
    private List<String> listUnder(String header) {
        List<String> items = new ArrayList<>();
        int at = manifest.indexOf(header);
        assertThat(at).as(header.strip() + " in manifest.yml").isNotNegative();
        String indent = header.substring(0, header.length() - header.stripLeading().length()) + "  - ";
        for (int i = at + 1; i < manifest.size() && manifest.get(i).startsWith(indent); i++) {
            items.add(manifest.get(i).substring(indent.length()).strip());
        }
        return items;
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(Path.of("manifest.yml"));
        } catch (IOException e) {
            throw new AssertionError("slack-adapter/manifest.yml is missing", e);
        }
    }
}
