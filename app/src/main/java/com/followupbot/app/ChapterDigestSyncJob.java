package com.followupbot.app;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

/** Every few minutes: a trigger for each chapter that appeared or changed its slot, none for one that went. */
@DisallowConcurrentExecution
public final class ChapterDigestSyncJob extends CalendarJob {

    @Override
    int run(BotTasks tasks) {
        return 0;
    }

    @Override
    int run(BotTasks tasks, JobExecutionContext context) {
        try {
            return ChapterDigestTriggers.sync(context.getScheduler(), tasks.chapterDigests());
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    String handled() {
        return "chapter digest trigger(s) changed";
    }
}
