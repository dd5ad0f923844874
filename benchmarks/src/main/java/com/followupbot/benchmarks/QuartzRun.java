package com.followupbot.benchmarks;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import javax.sql.DataSource;

/**
 * The same due steps as Quartz 2.5.2 jobs in its clustered JDBC job store (one job and one simple trigger
 * per step, as a per-step design would store them), fired by {@code instances} schedulers of 10 threads
 * each, acquiring up to 50 triggers at a time inside the cluster lock (the best setting measured here).
 */
final class QuartzRun {

    /** The job being run, for the Quartz job class to reach: Quartz instantiates jobs itself. */
    private static volatile StepJob current;

    private QuartzRun() {
    }

    public static final class StepQuartzJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            JobDataMap data = context.getMergedJobDataMap();
            current.run(data.getLong("user"), data.getLong("step"));
        }
    }

    static DispatchThroughput.Result run(DataSource ds, String jdbcUrl, int instances, int steps) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from qrtz_simple_triggers; delete from qrtz_triggers; delete from qrtz_job_details;"
                    + " delete from qrtz_fired_triggers; delete from qrtz_scheduler_state");
        }
        List<long[]> due = StepJob.dueSteps(ds).subList(0, steps);
        StepJob job = new StepJob(ds, steps);
        current = job;
        List<Scheduler> schedulers = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            schedulers.add(new StdSchedulerFactory(properties(jdbcUrl, i)).getScheduler());
            // Quartz keeps one scheduler per name in a JVM; the cluster's members share a name, so forget each
            SchedulerRepository.getInstance().remove("bench");
        }
        Scheduler first = schedulers.get(0);
        Date now = Date.from(Instant.now());
        for (long[] step : due) {
            first.scheduleJob(jobFor(step), triggerFor(step, now));
        }
        long start = System.nanoTime();
        for (Scheduler scheduler : schedulers) {
            scheduler.start();
        }
        job.awaitAll();
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Scheduler scheduler : schedulers) {
            scheduler.shutdown(true);
        }
        return new DispatchThroughput.Result("quartz", instances, steps, seconds, job.duplicates(steps));
    }

    private static JobDetail jobFor(long[] step) {
        return JobBuilder.newJob(StepQuartzJob.class).withIdentity(step[0] + ":" + step[1], "steps")
                .usingJobData("user", step[0]).usingJobData("step", step[1]).build();
    }

    private static Trigger triggerFor(long[] step, Date at) {
        return TriggerBuilder.newTrigger().withIdentity(step[0] + ":" + step[1], "steps").startAt(at)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
    }

    private static Properties properties(String jdbcUrl, int instance) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "bench");
        p.setProperty("org.quartz.scheduler.instanceId", "quartz-" + instance);
        p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", "50");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "10");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "600000");
        p.setProperty("org.quartz.jobStore.dataSource", "main");
        p.setProperty("org.quartz.dataSource.main.provider", "hikaricp");
        p.setProperty("org.quartz.dataSource.main.driver", "org.postgresql.Driver");
        p.setProperty("org.quartz.dataSource.main.URL", jdbcUrl);
        p.setProperty("org.quartz.dataSource.main.user", "postgres");
        p.setProperty("org.quartz.dataSource.main.maxConnections", "14");
        return p;
    }
}
