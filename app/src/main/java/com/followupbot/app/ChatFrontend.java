package com.followupbot.app;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.ChatPort;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Where the bot talks to people: the console, Telegram, Slack, or Telegram and Slack together. The run command
 * builds the bot around the frontend's port and clock, then hands control to {@link #run}.
 */
public interface ChatFrontend {

    /** The clock the bot runs on: the console's can be moved forward, real platforms use the system clock. */
    Clock clock();

    /** How the bot's messages reach the platform. */
    ChatPort chatPort();

    /** Every platform this frontend reaches (one, unless several run together). */
    default List<ChatPort> chatPorts() {
        return List.of(chatPort());
    }

    /** The database is up, before the bot is built: a frontend that keeps state there (Slack's installs) takes it. */
    default void useDatabase(Jdbi jdbi) throws FrontendUnavailableException {
    }

    /** Background work (dispatch loop, calendar jobs) as this frontend needs it run; by default unchanged. */
    default BotTasks background(BotTasks tasks) {
        return tasks;
    }

    /** The chat adapters' health checks by name (for {@code /healthz}); the console has none. */
    default Map<String, BooleanSupplier> adapterChecks() {
        return Map.of();
    }

    /** Feeds the platform's messages to the bot until the frontend ends; returns the exit code. */
    int run(FollowUpBot bot) throws Exception;
}
