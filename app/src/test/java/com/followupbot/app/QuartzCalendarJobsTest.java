package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.KeyMatcher;

/** The calendar jobs on the real Quartz, with its JDBC job store in a real PostgreSQL. */
class QuartzCalendarJobsTest {

    private final HikariDataSource dataSource = TestDatabase.fresh();
    private final Jdbi jdbi = Storage.jdbi(dataSource);
    private final DatabaseConfig database =
            new DatabaseConfig(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
    private final RecordingChatPort chat = new RecordingChatPort();
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final MovableClock clock = MovableClock.startingNow(ROME);
    private final FollowUpBot bot = FollowUpBot.create(jdbi, clock, chat, BotSettings.defaults(ROME, "quartz-test"));

    @Test
    void theAgendaSweepSendsTheAgendaOfAUserWhoseMorningHasCome() throws Exception {
        ChatId chatId = ChatId.privateChat("agenda-chat");
        clock.set(ZonedDateTime.of(2026, 3, 10, 18, 30, 0, 0, ROME).toInstant()); // Tuesday evening
        bot.handle(new Inbound.Text(new ChatUser(Platform.TEST, "agenda-user", "Ada", "en"), chatId,
                "met Anna Rossi from Acme at the expo"));
        clock.set(ZonedDateTime.of(2026, 3, 11, 8, 31, 0, 0, ROME).toInstant()); // the note to Anna is due today
        chat.clear();

        try (QuartzCalendarJobs jobs = QuartzCalendarJobs.start(database, BotTasks.of(bot))) {
            RanOnce ran = RanOnce.listenOn(jobs, QuartzCalendarJobs.AGENDA_SWEEP);
            jobs.scheduler().triggerJob(QuartzCalendarJobs.AGENDA_SWEEP);
            ran.await();
        }

        assertThat(chat.all()).singleElement().satisfies(sent -> {
            assertThat(sent.chat()).isEqualTo(chatId);
            assertThat(sent.message().text()).contains("Anna Rossi");
        });
        Instant nextAgenda = jdbi.withHandle(handle -> handle.createQuery(
                "select u.next_agenda_at from app_user u join user_identity i on i.user_id = u.id where i.platform_user_id = 'agenda-user'").mapTo(Instant.class).one());
        assertThat(nextAgenda).as("the sweep moved the agenda to the next morning").isAfter(clock.instant());
    }

    @Test
    void leaseHousekeepingRunsThroughTheSchedulerContext() throws Exception {
        CountingTasks tasks = new CountingTasks();
        try (QuartzCalendarJobs jobs = QuartzCalendarJobs.start(database, tasks)) {
            RanOnce ran = RanOnce.listenOn(jobs, QuartzCalendarJobs.LEASE_HOUSEKEEPING);
            jobs.scheduler().triggerJob(QuartzCalendarJobs.LEASE_HOUSEKEEPING);
            ran.await();
        }
        assertThat(tasks.releases.get()).isPositive();
    }

    @Test
    void theJobsAndTheClusterStateLiveInTheDatabase() throws Exception {
        try (QuartzCalendarJobs jobs = QuartzCalendarJobs.start(database, BotTasks.of(bot))) {
            String node = jobs.scheduler().getSchedulerInstanceId();

            assertThat(strings("select instance_name from qrtz_scheduler_state where sched_name = 'followup-bot'"))
                    .containsExactly(node);
            assertThat(strings("select job_name || ' ' || job_class_name from qrtz_job_details order by job_name"))
                    .containsExactly("agenda-sweep " + AgendaSweepJob.class.getName(),
                            "chapter-digest " + ChapterDigestJob.class.getName(),
                            "chapter-digest-sync " + ChapterDigestSyncJob.class.getName(),
                            "lease-housekeeping " + LeaseHousekeepingJob.class.getName());
            assertThat(strings("select trigger_name || ' ' || cron_expression from qrtz_cron_triggers order by 1"))
                    .containsExactly("agenda-sweep 0 * * * * ?", "chapter-digest-sync 15 */5 * * * ?",
                            "lease-housekeeping 30 * * * * ?");
            assertThat(strings("select is_nonconcurrent::text from qrtz_job_details")).containsOnly("true");
        }
    }

    @Test
    void twoInstancesJoinOneClusterAndShareTheJobs() throws Exception {
        try (QuartzCalendarJobs first = QuartzCalendarJobs.start(database, BotTasks.of(bot));
                QuartzCalendarJobs second = QuartzCalendarJobs.start(database, BotTasks.of(bot))) {
            assertThat(first.scheduler()).isNotSameAs(second.scheduler());
            assertThat(strings("select instance_name from qrtz_scheduler_state order by 1")).containsExactlyInAnyOrder(
                    first.scheduler().getSchedulerInstanceId(), second.scheduler().getSchedulerInstanceId());
            assertThat(strings("select job_name from qrtz_job_details order by 1"))
                    .containsExactly("agenda-sweep", "chapter-digest", "chapter-digest-sync", "lease-housekeeping");

            // a job triggered through one node runs on whichever node acquires it first
            CountDownLatch ran = new CountDownLatch(1);
            RanOnce.listenOn(first, QuartzCalendarJobs.AGENDA_SWEEP, ran);
            RanOnce.listenOn(second, QuartzCalendarJobs.AGENDA_SWEEP, ran);
            second.scheduler().triggerJob(QuartzCalendarJobs.AGENDA_SWEEP);
            assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void eachChapterGetsItsOwnWeeklyCronInItsZoneAndItsDigestRunsThroughQuartz() throws Exception {
        ChatId group = ChatId.group("chapter-7");
        clock.set(ZonedDateTime.of(2026, 3, 13, 17, 0, 0, 0, ROME).toInstant());
        bot.handle(new Inbound.Command(new ChatUser(Platform.TEST, "member-1", "Ada", "en"), group, "help", ""));
        chat.clear();
        try (QuartzCalendarJobs jobs = QuartzCalendarJobs.start(database, BotTasks.of(bot))) {
            assertThat(strings("""
                    select t.trigger_name || ' ' || c.cron_expression || ' ' || c.time_zone_id
                    from qrtz_triggers t join qrtz_cron_triggers c using (sched_name, trigger_name, trigger_group)
                    where t.trigger_group = 'chapter-digest'"""))
                    .containsExactly("chapter-7 0 0 17 ? * FRI Europe/Rome");

            RanOnce ran = RanOnce.listenOn(jobs, ChapterDigestTriggers.JOB);
            jobs.scheduler().triggerJob(ChapterDigestTriggers.JOB,
                    new org.quartz.JobDataMap(java.util.Map.of(ChapterDigestJob.CHAT_ID, group.value())));
            ran.await();

            assertThat(ChapterDigestTriggers.sync(jobs.scheduler(), List.of(new com.followupbot.chapter.ChapterSchedule(
                    group.value(), ZoneId.of("Europe/London"), java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(8, 30)))))
                    .as("moved").isEqualTo(1);
            assertThat(strings("select cron_expression || ' ' || time_zone_id from qrtz_cron_triggers "
                    + "where trigger_group = 'chapter-digest'")).containsExactly("0 30 8 ? * MON Europe/London");
            assertThat(ChapterDigestTriggers.sync(jobs.scheduler(), List.of())).as("removed").isEqualTo(1);
        }
        assertThat(chat.all()).singleElement().satisfies(sent -> {
            assertThat(sent.chat()).isEqualTo(group);
            assertThat(sent.message().text()).startsWith("📊 The chapter’s week, Mon 9 Mar – Sun 15 Mar");
        });
    }

    @Test
    void aRestartLeavesAnUnchangedScheduleAlone() throws Exception {
        String firstStart;
        try (QuartzCalendarJobs jobs = QuartzCalendarJobs.start(database, BotTasks.of(bot))) {
            assertThat(jobs.scheduler().isStarted()).isTrue();
            firstStart = strings("select start_time::text from qrtz_triggers where trigger_name = 'agenda-sweep'").get(0);
        }
        try (QuartzCalendarJobs jobs = QuartzCalendarJobs.start(database, BotTasks.of(bot))) {
            assertThat(jobs.scheduler().isStarted()).isTrue();
            assertThat(strings("select start_time::text from qrtz_triggers where trigger_name = 'agenda-sweep'"))
                    .containsExactly(firstStart);
        }
    }

    private List<String> strings(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }

    /** Counts calls instead of touching the database. */
    private static final class CountingTasks implements BotTasks {
        final java.util.concurrent.atomic.AtomicInteger releases = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public int dispatchDuePrompts() {
            return 0;
        }

        @Override
        public int sendDueAgendas() {
            return 0;
        }

        @Override
        public int housekeeping() {
            return releases.incrementAndGet();
        }
    }

    /** Waits for one run of a job and fails the test if it threw. */
    private static final class RanOnce implements JobListener {
        private final CountDownLatch latch;
        private final AtomicReference<JobExecutionException> failure = new AtomicReference<>();

        private RanOnce(CountDownLatch latch) {
            this.latch = latch;
        }

        static RanOnce listenOn(QuartzCalendarJobs jobs, JobKey job) throws SchedulerException {
            return listenOn(jobs, job, new CountDownLatch(1));
        }

        static RanOnce listenOn(QuartzCalendarJobs jobs, JobKey job, CountDownLatch latch) throws SchedulerException {
            RanOnce listener = new RanOnce(latch);
            jobs.scheduler().getListenerManager().addJobListener(listener, KeyMatcher.keyEquals(job));
            return listener;
        }

        void await() throws InterruptedException {
            assertThat(latch.await(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS)).as("job ran").isTrue();
            assertThat(failure.get()).as("job failure").isNull();
        }

        @Override
        public String getName() {
            return "ran-once-" + System.identityHashCode(this);
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception) {
            failure.compareAndSet(null, exception);
            latch.countDown();
        }
    }
}
