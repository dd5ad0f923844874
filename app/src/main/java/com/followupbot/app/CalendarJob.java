package com.followupbot.app;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shared part of the calendar jobs: find the bot in the scheduler context, run one task, report. */
abstract class CalendarJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(CalendarJob.class);

    /** Key of the {@link BotTasks} in the scheduler context (set by {@link QuartzCalendarJobs}). */
    static final String TASKS = BotTasks.class.getName();

    /** Runs the task and returns how many items it handled. */
    abstract int run(BotTasks tasks);

    /** The same, for a job that needs its trigger's data (a chapter's digest). */
    int run(BotTasks tasks, JobExecutionContext context) {
        return run(tasks);
    }

    /** For the log: "morning agenda(s) sent". */
    abstract String handled();

    @Override
    public final void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            BotTasks tasks = (BotTasks) context.getScheduler().getContext().get(TASKS);
            if (tasks == null) {
                throw new JobExecutionException("no " + TASKS + " in the scheduler context");
            }
            int count = run(tasks, context);
            if (count > 0) {
                log.info("{}: {} {}", context.getJobDetail().getKey().getName(), count, handled());
            }
        } catch (SchedulerException | RuntimeException e) {
            // the trigger fires again next minute: no immediate refire that could hammer a sick database
            throw new JobExecutionException(e, false);
        }
    }
}
