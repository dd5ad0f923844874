package com.followupbot.app;

import org.quartz.DisallowConcurrentExecution;

/** Every minute: give back prompts claimed by an instance that died before sending them. */
@DisallowConcurrentExecution
public final class LeaseHousekeepingJob extends CalendarJob {

    @Override
    int run(BotTasks tasks) {
        return tasks.releaseExpiredLeases();
    }

    @Override
    String handled() {
        return "expired claim(s) released";
    }
}
