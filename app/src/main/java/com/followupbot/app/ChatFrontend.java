package com.followupbot.app;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.ChatPort;
import java.time.Clock;

/**
 * Where the bot talks to people: the console or Telegram (Slack later). The run command
 * builds the bot around the frontend's port and clock, then hands control to {@link #run}.
 */
public interface ChatFrontend {

    /** The clock the bot runs on: the console's can be moved forward, real platforms use the system clock. */
    Clock clock();

    /** How the bot's messages reach the platform. */
    ChatPort chatPort();

    /** Background work (dispatch loop, calendar jobs) as this frontend needs it run; by default unchanged. */
    default BotTasks background(BotTasks tasks) {
        return tasks;
    }

    /** Feeds the platform's messages to the bot until the frontend ends; returns the exit code. */
    int run(FollowUpBot bot) throws Exception;
}
