package com.followupbot.benchmarks;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The same due steps as db-scheduler 16 one-time tasks (one per step, its id "user:step"), run by
 * {@code instances} schedulers of 10 threads each sharing the database, polling with lock-and-fetch
 * ({@code SELECT … FOR UPDATE SKIP LOCKED}), the strategy its own benchmark found fastest.
 */
final class DbSchedulerRun {

    private static final String TABLE = """
            create table if not exists scheduled_tasks (
                task_name text not null, task_instance text not null, task_data bytea,
                execution_time timestamptz not null, picked boolean not null, picked_by text,
                last_success timestamptz, last_failure timestamptz, consecutive_failures int,
                last_heartbeat timestamptz, version bigint not null, priority smallint,
                primary key (task_name, task_instance));
            create index if not exists execution_time_idx on scheduled_tasks (execution_time);
            create index if not exists last_heartbeat_idx on scheduled_tasks (last_heartbeat);
            create index if not exists priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
            truncate scheduled_tasks;
            """;

    private DbSchedulerRun() {
    }

    static DispatchThroughput.Result run(DataSource ds, int instances) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(TABLE);
        }
        List<long[]> due = StepJob.dueSteps(ds);
        StepJob job = new StepJob(ds, due.size());
        OneTimeTask<Void> task = Tasks.oneTime("follow-up-step").execute((instance, context) -> {
            String[] ids = instance.getId().split(":");
            job.run(Long.parseLong(ids[0]), Long.parseLong(ids[1]));
        });
        List<TaskInstance<?>> instancesToRun = new ArrayList<>();
        for (long[] step : due) {
            instancesToRun.add(task.instance(step[0] + ":" + step[1]));
        }
        SchedulerClient.Builder.create(ds, task).build().scheduleBatch(instancesToRun, Instant.now());
        vacuum(ds);
        List<Scheduler> schedulers = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            schedulers.add(Scheduler.create(ds, task).threads(10).pollingInterval(Duration.ofSeconds(1))
                    .pollUsingLockAndFetch(0.5, 1.0).schedulerName(new SchedulerName.Fixed("db-" + i)).build());
        }
        long start = System.nanoTime();
        schedulers.forEach(Scheduler::start);
        job.awaitAll();
        double seconds = (System.nanoTime() - start) / 1e9;
        schedulers.forEach(Scheduler::stop);
        return new DispatchThroughput.Result("db-scheduler", instances, due.size(), seconds, job.duplicates(due.size()));
    }

    private static void vacuum(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze scheduled_tasks");
        }
    }
}
