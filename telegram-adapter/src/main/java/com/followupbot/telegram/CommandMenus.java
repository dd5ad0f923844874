package com.followupbot.telegram;

import com.followupbot.FollowUpBot;
import com.followupbot.conversation.CommandMenu;
import com.followupbot.user.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Publishes the command menu with setMyCommands: for private chats and for groups, in English for
 * everyone (no language_code) and in each other language for users whose app speaks it.
 */
final class CommandMenus {

    private static final Logger log = LoggerFactory.getLogger(CommandMenus.class);

    private CommandMenus() {
    }

    static void publish(TelegramClient client, FollowUpBot bot) {
        for (CommandMenu.Scope scope : CommandMenu.Scope.values()) {
            for (Language language : Language.values()) {
                SetMyCommands request = SetMyCommands.builder()
                        .commands(bot.commandMenu(language, scope).stream()
                                .map(entry -> new BotCommand(entry.command(), entry.description())).toList())
                        .scope(telegramScope(scope))
                        .languageCode(language == Language.EN ? null : language.code())
                        .build();
                try {
                    client.execute(request);
                } catch (TelegramApiException e) {
                    // the menu is a convenience: typed commands work without it
                    log.warn("could not publish the {} command menu in {}: {}", scope, language,
                            TelegramErrors.delivery("setMyCommands", e).getMessage());
                }
            }
        }
    }

    private static BotCommandScope telegramScope(CommandMenu.Scope scope) {
        return scope == CommandMenu.Scope.GROUP ? new BotCommandScopeAllGroupChats() : new BotCommandScopeAllPrivateChats();
    }
}
