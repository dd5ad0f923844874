package com.followupbot.app;

import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Platform;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** The console chat as a frontend: stdin and stdout, one local user, a clock that /advance moves. */
final class ConsoleFrontend implements ChatFrontend {

    static final String BANNER = String.join("\n",
            "Follow-Up Bot on the console. Tell me whom you met, for example:",
            "  met Anna Rossi from Acme at the expo",
            "  ho conosciuto Marco Bianchi di Fincantieri alla fiera ieri",
            "Answer a choice by typing its number. Try the 24/7/30 cycle with /advance 24h (or 7d, 90m, 1w);",
            "/quit ends.");

    private final Terminal terminal;
    private final MovableClock clock;
    private final ConsoleChatPort port;
    private final Lock turn = new ReentrantLock();

    private ConsoleFrontend(Terminal terminal, MovableClock clock, Path filesDirectory) {
        this.terminal = terminal;
        this.clock = clock;
        this.port = new ConsoleChatPort(terminal.out(), filesDirectory);
    }

    /** {@code filesDirectory} receives the files the bot sends; null puts them in a temporary folder. */
    static ConsoleFrontend create(Terminal terminal, ZoneId zone, Path filesDirectory) {
        return new ConsoleFrontend(terminal, MovableClock.startingNow(zone), filesDirectory);
    }

    /** The person at the keyboard, in the language of the system locale until they choose one. */
    static ChatUser consoleUser() {
        String login = System.getProperty("user.name", "console");
        return new ChatUser(Platform.CONSOLE, login, displayName(login), Locale.getDefault().toLanguageTag());
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ChatPort chatPort() {
        return port;
    }

    @Override
    public BotTasks background(BotTasks tasks) {
        return tasks.guardedBy(turn);
    }

    @Override
    public int run(FollowUpBot bot) throws Exception {
        // System.console() is null when input or output is redirected: a scripted demo
        boolean interactive = System.console() != null;
        if (interactive) {
            terminal.out().println(BANNER);
        }
        ConsoleChat chat = new ConsoleChat(bot, clock, port, consoleUser(), ChatId.privateChat("console"), turn,
                terminal.out(), !interactive);
        return chat.run(new BufferedReader(new InputStreamReader(terminal.in(), StandardCharsets.UTF_8)));
    }

    /** "paola" signs drafts as "Paola"; a system account such as root signs nothing. */
    static String displayName(String login) {
        if (login.isBlank() || login.equals("root") || !login.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return Character.toUpperCase(login.charAt(0)) + login.substring(1);
    }
}
