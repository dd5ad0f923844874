package com.followupbot.slack;

import static com.followupbot.slack.SlackTestBot.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.Storage;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slack's 429 as the bot lives it: the port reports Retry-After, the core waits it out and sends again (a
 * long one postpones the prompt to a later round), and nothing is lost or sent twice.
 */
class DeliveryFailuresTest {

    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");

    @Test
    void tooManyRequestsIsWaitedOutForRetryAfterAndSentAgain() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            Failures.rateLimited(slack.api, paola.dm(), 1, 1);
            slack.deliver(paola.says("help"));

            assertThat(slack.awaitSent(1).sections()).startsWith("I help you follow up");
            List<FakeSlackApi.Stamp> attempts = postsTo(slack, paola.dm());
            assertThat(attempts).hasSize(2);
            assertThat(millisBetween(attempts.get(0), attempts.get(1))).as("Retry-After: 1").isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void aLongRetryAfterPostponesThePromptAndNothingIsLost() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            slack.deliver(paola.says("met Anna Rossi at the expo"));
            slack.awaitSent(1);
            Failures.rateLimited(slack.api, paola.dm(), 6, 1);

            slack.advanceTo(at(13, 9, 0));
            assertThat(slack.api.sent()).as("no prompt while Slack says wait 6 s").hasSize(1);
            assertThat(stepStates(slack)).contains("PENDING");

            slack.advanceTo(at(13, 9, 1)); // the dispatcher's next round; the pacer holds the DM until Retry-After passed
            SlackMessage prompt = slack.awaitSent(2);
            assertThat(prompt.sections()).contains("Step 1 of 3");
            List<FakeSlackApi.Stamp> attempts = postsTo(slack, paola.dm());
            assertThat(millisBetween(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(6000);
            assertThat(slack.api.sent()).filteredOn(m -> m.sections().contains("Step 1 of 3")).hasSize(1);
        }
    }

    /** The chat.postMessage calls to a channel, with their instants on the bot's clock. */
    private static List<FakeSlackApi.Stamp> postsTo(SlackTestBot slack, String channel) {
        return slack.api.stamped("chat.postMessage").stream().filter(call -> channel.equals(call.form().get("channel"))).toList();
    }

    private static long millisBetween(FakeSlackApi.Stamp first, FakeSlackApi.Stamp second) {
        return java.time.Duration.between(first.at(), second.at()).toMillis();
    }

    private static List<String> stepStates(SlackTestBot slack) {
        return Storage.jdbi(slack.database).withHandle(handle -> handle
                .createQuery("select state from follow_up_step order by due_at").mapTo(String.class).list());
    }

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, ROME);
    }
}
