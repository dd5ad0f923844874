package com.followupbot.slack;

import static com.followupbot.slack.SlackTestBot.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole 24/7/30 cycle as Slack sees it, in Socket Mode (DMs arrive as events_api envelopes, clicks as
 * interactive ones, each acked at once) and in HTTP mode (signed POSTs to /slack/events); chat.postMessage carries prompts with Block Kit buttons, chat.update
 * replaces an answered prompt with its outcome, and a reply in a prompt's thread answers that prompt.
 */
class SlackFollowUpCycleTest {

    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");

    @Test
    void aWholeCycleOverSocketMode() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            wholeCycle(slack);
        }
    }

    @Test
    void aWholeCycleOverHttpMode() throws Exception {
        try (SlackTestBot slack = SlackTestBot.http(SlackTestBot.thursdayEvening())) {
            wholeCycle(slack); // every delivery a signed POST to /slack/events, answered 200 before the work
        }
    }

    private void wholeCycle(SlackTestBot slack) {
        slack.api.person(paola.id(), "Paola Bianchi", "Europe/Rome", "en-US");
        String envelope = slack.deliver(paola.says("met Anna Rossi from Acme at the expo — needs a new website"));
        if (slack.socket != null) {
            assertThat(slack.socket.awaitAck(envelope).payload()).as("an event is acked with nothing in it").isNull();
        }

        SlackMessage confirmation = slack.awaitSent(1);
        assertThat(confirmation.channel()).isEqualTo(paola.dm());
        assertThat(confirmation.sections()).contains("Anna Rossi", "Acme", "needs a new website",
                "tomorrow 09:00 a personal note", "Mon 13 Apr call to book a one-to-one");
        assertThat(confirmation.text()).as("the notification text").contains("Anna Rossi");
        assertThat(confirmation.labels()).containsExactly("Looks right", "Fix", "Undo");
        assertThat(confirmation.buttons()).extracting(b -> b.path("action_id").asText()).doesNotHaveDuplicates()
                .allMatch(id -> BlockKit.ACTION_IDS.matcher(id).matches());
        assertThat(confirmation.buttons()).extracting(b -> b.path("value").asText()).allMatch(v -> v.matches("[ -~]{1,32}"));

        String click = slack.deliver(paola.clicks(confirmation, "Looks right"));
        if (slack.socket != null) {
            slack.socket.awaitAck(click);
        }
        Map<String, String> reviewed = slack.awaitCall("chat.update", 1);
        assertThat(reviewed).containsEntry("channel", paola.dm()).containsEntry("ts", confirmation.ts());
        assertThat(sections(reviewed)).startsWith("Saved ✔ Anna Rossi");
        assertThat(hasButtons(reviewed)).as("the answered buttons are gone").isFalse();

        slack.advanceTo(at(3, 13, 9, 0));
        SlackMessage note = slack.awaitSent(2);
        assertThat(note.sections()).startsWith("✉️ Anna Rossi — you met yesterday at the expo")
                .contains("Step 1 of 3", "Hi Anna, it was a pleasure meeting you at the expo yesterday.");
        assertThat(note.context()).isEqualTo("Answer with a button, or in words: “done”, “skip”, “snooze 3 days”.");
        assertThat(note.labels()).containsExactly("Done", "Skip", "Snooze 1 d", "Snooze 3 d", "Snooze 1 w");
        slack.deliver(paola.clicks(note, "Done"));
        Map<String, String> done = slack.awaitCall("chat.update", 2);
        assertThat(done).containsEntry("ts", note.ts());
        assertThat(sections(done)).isEqualTo("✅ Note to Anna Rossi — done Fri 13 Mar.");
        assertThat(hasButtons(done)).isFalse();

        slack.advanceTo(at(3, 19, 9, 0));
        SlackMessage connect = slack.awaitSent(3);
        assertThat(connect.sections()).contains("Step 2 of 3: connect with Anna on LinkedIn");
        slack.deliver(paola.repliesInThread(connect.ts(), "done, sent her an invitation"));
        Map<String, String> typed = slack.awaitCall("chat.update", 3);
        assertThat(typed).as("the thread reply answered the prompt it hangs under").containsEntry("ts", connect.ts());
        assertThat(sections(typed)).isEqualTo("✅ LinkedIn with Anna Rossi — done Thu 19 Mar.");
        assertThat(slack.awaitSent(4).sections()).isEqualTo("✅ LinkedIn with Anna Rossi — done Thu 19 Mar. Next: the call, Mon 13 Apr.");

        slack.advanceTo(at(4, 13, 9, 0));
        SlackMessage call = slack.awaitSent(5);
        assertThat(call.sections()).contains("Step 3 of 3: call Anna to book a one-to-one");
        assertThat(call.labels()).first().isEqualTo("Booked one-to-one");
        slack.deliver(paola.clicks(call, "Booked one-to-one"));
        assertThat(sections(slack.awaitCall("chat.update", 4))).startsWith("📅 Call to Anna Rossi — one-to-one booked");
        SlackMessage when = slack.awaitSent(6);
        assertThat(when.sections()).startsWith("Great! When is the one-to-one?");
        assertThat(when.labels()).containsExactly("Not fixed yet");
        slack.deliver(paola.says("Tuesday 10:00"));
        assertThat(sections(slack.awaitCall("chat.update", 5))).contains("for Tue 14 Apr 10:00");
        assertThat(slack.awaitSent(7).sections())
                .isEqualTo("📅 One-to-one with Anna Rossi on Tue 14 Apr 10:00. I’ll remind you that morning.");

        assertThat(slack.api.sent()).extracting(SlackMessage::channel).containsOnly(paola.dm());
        assertThat(slack.api.calls("users.info")).as("the profile is asked once an hour at most").hasSize(1);
    }

    static String sections(Map<String, String> form) {
        return new SlackMessage(form.get("channel"), form.get("ts"), form.get("text"), FakeSlackApi.json(form.get("blocks")))
                .sections();
    }

    static boolean hasButtons(Map<String, String> form) {
        JsonNode blocks = FakeSlackApi.json(form.get("blocks"));
        for (JsonNode block : blocks) {
            if (block.path("type").asText().equals("actions")) {
                return true;
            }
        }
        return false;
    }

    private static ZonedDateTime at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ROME);
    }
}
