package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.migrations.Migrations;
import com.followupbot.testing.RecordingChatPort;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.TriggerBuilder;

/**
 * Closing the calendar jobs while the database is away returns. A firing that met the lost server leaves
 * Quartz's scheduler thread retrying in a loop that only the job store's shutdown ends; Quartz's own
 * {@code shutdown(true)} joins that thread first, so a /quit during an outage waited for the server to come
 * back (a CI run hung in {@code ConsoleQuitDuringOutageTest} exactly so, past its same-thread timeout).
 */
class QuartzCloseDuringOutageTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path serverData;

    @Test
    // a hang guard only, on a thread of its own: the old close swallowed the interrupt of a same-thread timeout
    @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCloseDuringAnOutageReturnsWhileQuartzRetriesTheLostServer() throws Exception {
        try (ExternalServer server = new ExternalServer(serverData).start()) {
            DatabaseConfig config = server.config().withConnectLimits(Duration.ofSeconds(1));
            try (HikariDataSource pool = Database.pool(config, Duration.ofSeconds(1))) {
                Migrations.migrate(pool);
                Jdbi jdbi = Storage.jdbi(pool);
                FollowUpBot bot = FollowUpBot.create(jdbi, MovableClock.startingNow(ROME), new RecordingChatPort(),
                        BotSettings.defaults(ROME, "quartz-outage"));
                QuartzCalendarJobs jobs = QuartzCalendarJobs.start(config, Duration.ofSeconds(1), BotTasks.of(bot));

                // a firing 10 s ahead, which the scheduler thread takes at once and holds until then
                jobs.scheduler().scheduleJob(TriggerBuilder.newTrigger().withIdentity("soon", "outage-test")
                        .forJob(QuartzCalendarJobs.LEASE_HOUSEKEEPING).startAt(Date.from(Instant.now().plusSeconds(10))).build());
                await().atMost(Duration.ofSeconds(30)).until(() -> jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from qrtz_fired_triggers where trigger_name = 'soon' and state = 'ACQUIRED'")
                        .mapTo(Integer.class).one()) == 1);
                server.stop();
                await().atMost(Duration.ofSeconds(60)).until(QuartzCloseDuringOutageTest::quartzRetriesTheLostServer);

                CompletableFuture<Void> closed = CompletableFuture.runAsync(jobs::close);
                closed.get(60, TimeUnit.SECONDS); // before: it waited for the server, which never came back
                assertThat(closed).isDone();
            }
        }
    }

    /** Quartz's scheduler thread is in the loop that retries releasing a trigger it could not fire. */
    private static boolean quartzRetriesTheLostServer() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().endsWith("_QuartzSchedulerThread"))
                .anyMatch(thread -> Arrays.stream(thread.getValue())
                        .anyMatch(frame -> frame.getMethodName().equals("retryExecuteInNonManagedTXLock")));
    }
}
