package com.followupbot.app;

import java.time.Duration;
import java.util.Set;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's calendar jobs (agenda sweep, lease housekeeping, one weekly digest per chapter) on a clustered Quartz whose job store is
 * the bot's PostgreSQL: every instance starts one, each minute's run happens on one of them. Quartz
 * only does these few cron jobs; per-contact reminders are rows the core claims itself.
 */
public final class QuartzCalendarJobs implements AutoCloseable {

    public static final JobKey AGENDA_SWEEP = JobKey.jobKey("agenda-sweep", "calendar");
    public static final JobKey LEASE_HOUSEKEEPING = JobKey.jobKey("lease-housekeeping", "calendar");
    /** Keeps one cron trigger per chapter for its weekly digest (see {@link ChapterDigestTriggers}). */
    public static final JobKey CHAPTER_DIGEST_SYNC = JobKey.jobKey("chapter-digest-sync", "calendar");
    /** Second 0 of every minute; lease housekeeping at second 30 so the two do not contend. */
    static final String AGENDA_CRON = "0 * * * * ?";
    static final String HOUSEKEEPING_CRON = "30 * * * * ?";
    /** New chapters get their digest trigger within five minutes. */
    static final String CHAPTER_SYNC_CRON = "15 */5 * * * ?";

    private static final Logger log = LoggerFactory.getLogger(QuartzCalendarJobs.class);

    /** How long a close waits for the jobs in progress, as the dispatch loop waits for its round. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Scheduler scheduler;
    private final RunningJobs running;

    private QuartzCalendarJobs(Scheduler scheduler, RunningJobs running) {
        this.scheduler = scheduler;
        this.running = running;
    }

    public static QuartzCalendarJobs start(DatabaseConfig database, BotTasks tasks) throws SchedulerException {
        return start(database, Database.CONNECTION_TIMEOUT, tasks);
    }

    /** As the bot starts it: {@code timeout} is how long its pool waits for a connection. */
    public static QuartzCalendarJobs start(DatabaseConfig database, Duration timeout, BotTasks tasks) throws SchedulerException {
        Scheduler scheduler = new StdSchedulerFactory(QuartzProperties.clustered(database, timeout)).getScheduler();
        // the factory keeps schedulers in a JVM-wide registry by name and would hand this very scheduler
        // to the next caller; we hold our own reference, so each start() gets its own cluster node
        SchedulerRepository.getInstance().remove(scheduler.getSchedulerName());
        RunningJobs running = new RunningJobs();
        try {
            scheduler.getListenerManager().addJobListener(running);
            scheduler.getContext().put(CalendarJob.TASKS, tasks);
            ensureScheduled(scheduler, AgendaSweepJob.class, AGENDA_SWEEP, AGENDA_CRON);
            ensureScheduled(scheduler, LeaseHousekeepingJob.class, LEASE_HOUSEKEEPING, HOUSEKEEPING_CRON);
            ensureScheduled(scheduler, ChapterDigestSyncJob.class, CHAPTER_DIGEST_SYNC, CHAPTER_SYNC_CRON);
            ChapterDigestTriggers.sync(scheduler, tasks.chapterDigests());
            scheduler.start();
        } catch (SchedulerException | RuntimeException e) {
            scheduler.shutdown(false);
            throw e;
        }
        log.info("Calendar jobs scheduled (clustered Quartz node {})", scheduler.getSchedulerInstanceId());
        return new QuartzCalendarJobs(scheduler, running);
    }

    /**
     * Idempotent across instances and restarts: an unchanged job and trigger are left alone (so a running
     * node's next fire time is not disturbed), a missing or changed one is stored, replacing the old.
     */
    private static void ensureScheduled(Scheduler scheduler, Class<? extends Job> type, JobKey key, String cron)
            throws SchedulerException {
        TriggerKey triggerKey = TriggerKey.triggerKey(key.getName(), key.getGroup());
        Trigger existing = scheduler.getTrigger(triggerKey);
        JobDetail stored = scheduler.getJobDetail(key);
        if (existing instanceof CronTrigger cronTrigger && cron.equals(cronTrigger.getCronExpression())
                && stored != null && stored.getJobClass().equals(type)) {
            return;
        }
        JobDetail job = JobBuilder.newJob(type).withIdentity(key).storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(key)
                // after downtime, skip the missed minutes: the next sweep catches up on its own
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /**
     * Stops this node, waiting for a job in progress; the other nodes carry on. No new firing starts (standby),
     * the running jobs get {@link #STOP_TIMEOUT}, then Quartz stops without joining its scheduler thread: see
     * {@link RunningJobs} for why {@code shutdown(true)} could wait for as long as the database is away.
     */
    @Override
    public void close() {
        try {
            scheduler.standby();
            if (!running.awaitNone(STOP_TIMEOUT)) {
                log.warn("A calendar job did not finish within {} s; stopping without it", STOP_TIMEOUT.toSeconds());
            }
        } catch (SchedulerException e) {
            log.warn("Quartz did not stand by", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            scheduler.shutdown(false);
        } catch (SchedulerException e) {
            log.warn("Quartz did not shut down cleanly", e);
        }
    }
}
