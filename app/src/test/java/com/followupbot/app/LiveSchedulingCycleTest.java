package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;

/**
 * The 24/7/30 cycle driven by the real background machinery: the dispatch loop polling the database
 * and the morning agenda fired by clustered Quartz, as in production; only the clock is moved by hand.
 */
class LiveSchedulingCycleTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ChatUser PAOLA = ChatUser.of(Platform.TEST, "paola", "Paola");
    private static final ChatId DM = ChatId.privateChat("dm-paola");

    private final HikariDataSource dataSource = TestDatabase.fresh();
    private final MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME).toInstant(), ROME);
    private final RecordingChatPort chat = new RecordingChatPort();
    private final FollowUpBot bot = FollowUpBot.create(Storage.jdbi(dataSource), clock, chat, BotSettings.defaults(ROME, "live"));

    @Test
    void promptsArriveThroughTheLoopAndTheAgendaThroughQuartz() throws Exception {
        DatabaseConfig database = new DatabaseConfig(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
        try (DispatchLoop loop = DispatchLoop.start(bot::dispatchDuePrompts, Duration.ofMillis(20));
             QuartzCalendarJobs jobs = QuartzCalendarJobs.start(database, BotTasks.of(bot))) {
            bot.handle(new Inbound.Text(PAOLA, DM, "met Anna Rossi from Acme at the expo"));
            assertThat(chat.pollSent().message().text()).startsWith("Got it: Anna Rossi · Acme");

            clock.set(ZonedDateTime.of(2026, 3, 13, 8, 31, 0, 0, ROME).toInstant());
            runAgendaSweep(jobs);
            assertThat(chat.pollSent().message().text()).isEqualTo("Good morning! Today: note to Anna Rossi.");

            clock.set(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME).toInstant());
            RecordingChatPort.Sent note = awaitPrompt("Step 1 of 3");
            press(note, "Done");
            assertThat(chat.pollEdit().replacement().text()).isEqualTo("✅ Note to Anna Rossi — done Fri 13 Mar.");

            clock.set(ZonedDateTime.of(2026, 3, 19, 9, 0, 0, 0, ROME).toInstant());
            press(awaitPrompt("Step 2 of 3"), "Skip");
            clock.set(ZonedDateTime.of(2026, 4, 13, 9, 0, 0, 0, ROME).toInstant());
            press(awaitPrompt("Step 3 of 3"), "Booked one-to-one");
            await().atMost(Duration.ofSeconds(10)).until(() -> chat.all().stream()
                    .anyMatch(s -> s.message().text().startsWith("Great! When is the one-to-one?")));
        }
    }

    private RecordingChatPort.Sent awaitPrompt(String step) {
        return await().atMost(Duration.ofSeconds(10)).until(chat::pollSent, sent -> sent != null
                && sent.message().text().contains(step));
    }

    private void press(RecordingChatPort.Sent message, String label) {
        Button button = message.message().buttons().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow();
        bot.handle(new Inbound.Press(PAOLA, DM, button.token(), message.ref(), "ack"));
    }

    private static void runAgendaSweep(QuartzCalendarJobs jobs) throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        jobs.scheduler().getListenerManager().addJobListener(new JobListenerSupport() {
            @Override
            public String getName() {
                return "agenda-ran";
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
                ran.countDown();
            }
        }, org.quartz.impl.matchers.KeyMatcher.keyEquals(QuartzCalendarJobs.AGENDA_SWEEP));
        jobs.scheduler().triggerJob(QuartzCalendarJobs.AGENDA_SWEEP);
        assertThat(ran.await(30, TimeUnit.SECONDS)).as("the agenda sweep ran on Quartz").isTrue();
    }
}
