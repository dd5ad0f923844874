package com.followupbot.app;

import org.quartz.DisallowConcurrentExecution;

/** Every minute: give back prompts claimed by an instance that died before sending them, and tidy old rows. */
@DisallowConcurrentExecution
public final class LeaseHousekeepingJob extends CalendarJob {

    @Override
    int run(BotTasks tasks) {
        return tasks.housekeeping();
    }

    @Override
    String handled() {
        return "row(s) tidied (expired claims, old buttons, lapsed questions)";
    }
}
