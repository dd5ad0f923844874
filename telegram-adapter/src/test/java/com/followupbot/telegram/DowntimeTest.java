package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.MovableClock;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.SendTimes;
import com.followupbot.testing.TestDatabase;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.ZonedDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Issue 13: the bot is down while prompts fall due (Friday's first steps; it comes back on Friday night).
 * After the restart they go out, but only inside the users' working hours (Monday 09:00), and paced
 * under Telegram's 30 messages a second rather than all at once. Isolated: the rate is the pacing's.
 */
@Isolated
class DowntimeTest {

    private static final int USERS = 40;

    @Test
    void promptsDueDuringADowntimeGoOutAfterTheRestartInWorkingHoursAndPaced() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            DataSource database = TestDatabase.fresh();
            MovableClock clock = new MovableClock(TelegramTestBot.thursdayEvening().toInstant(), TelegramTestBot.ROME);
            TelegramConfig config = TelegramConfig.longPolling(FakeBotApi.TOKEN, api.url());
            TelegramTestBot before = new TelegramTestBot(api, database, clock, "before-the-crash", config);
            for (int i = 0; i < USERS; i++) {
                ChatUser user = new ChatUser(Platform.TELEGRAM, String.valueOf(30_000 + i), "User " + i, "en");
                before.bot.handle(new Inbound.Text(user, ChatId.privateChat(user.platformUserId()), "met Anna Rossi at the expo"));
            }
            before.adapter.close();
            api.server().resetRequests();

            // down from Thursday evening to Friday night: every first step (Friday 09:00) fell due meanwhile
            clock.set(at(13, 21, 30).toInstant());
            TelegramTestBot after = new TelegramTestBot(api, database, clock, "after-the-restart", config);
            after.bot.dispatchDuePrompts();
            assertThat(api.calls("sendmessage")).as("nothing on Friday night, outside working hours").isEmpty();
            clock.set(at(14, 11, 0).toInstant());
            after.bot.dispatchDuePrompts();
            assertThat(api.calls("sendmessage")).as("nothing on Saturday, not a working day").isEmpty();

            clock.set(at(16, 9, 1).toInstant()); // the dispatcher's first round after the working day began
            api.stampWith(clock); // the pacer waits on the bot's clock, which its pauses move
            after.bot.dispatchDuePrompts();
            List<LoggedRequest> sends = api.calls("sendmessage");
            assertThat(api.sent()).as("Monday 09:01: every prompt due during the downtime").hasSize(USERS)
                    .allSatisfy(prompt -> assertThat(prompt.text()).contains("Step 1 of 3"));
            List<Long> times = api.stamped("sendmessage").stream().map(stamp -> stamp.at().toEpochMilli()).sorted().toList();
            int busiest = SendTimes.busiest(times, 1_000);
            System.out.printf("Downtime: %d prompts due during it, sent after the restart on Monday 09:01; busiest second %d%n",
                    sends.size(), busiest);
            assertThat(busiest).as("messages in any one second").isLessThanOrEqualTo(30);
            after.adapter.close();
        }
    }

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, TelegramTestBot.ROME);
    }
}
