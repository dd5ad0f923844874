package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every update is handled once: the offset survives a restart, and an update delivered again is skipped. */
class ExactlyOnceTest {

    private final TelegramUser paola = new TelegramUser(4242, "Paola", "en");

    @Test
    void aRestartResumesAfterTheLastUpdateHandledAndSkipsOneDeliveredAgain() throws Exception {
        try (TelegramTestBot first = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            ObjectNode meeting = paola.says("met Anna Rossi from Acme at the expo");
            first.deliver(meeting);
            assertThat(first.awaitSent(1).text()).contains("Anna Rossi");
            long handled = meeting.get("update_id").asLong();
            first.adapter.close();

            // the same database, a new process: it has forgotten everything but what PostgreSQL kept
            try (TelegramTestBot second = new TelegramTestBot(first.api, first.database, first.clock, "tg-2",
                    TelegramConfig.longPolling(FakeBotApi.TOKEN, first.api.url()))) {
                int pollsBefore = first.api.calls("getupdates").size();
                first.api.redeliver(meeting); // as Telegram does with an update it never saw confirmed
                second.adapter.start(second.bot);
                ObjectNode today = paola.says("today");
                second.deliver(today);

                assertThat(second.awaitSent(2).text()).as("the next update is handled").contains("Anna Rossi");
                List<JsonNode> polls = first.api.bodies("getupdates");
                assertThat(polls.get(pollsBefore).get("offset").asLong()).as("resumes from the offset in the database")
                        .isEqualTo(handled + 1);
                await().atMost(TelegramTestBot.PATIENCE).until(() -> first.api.bodies("getupdates").stream()
                        .anyMatch(poll -> poll.get("offset").asLong() == today.get("update_id").asLong() + 1));
                assertThat(first.api.sent()).as("the meeting was not logged twice").hasSize(2);
                assertThat(first.count("select count(*) from meeting")).isEqualTo(1);
            }
        }
    }
}
