package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The App Home: published with views.publish when the user opens it, and again after everything that may
 * change it (a message handled, a prompt sent, a click). Its buttons work like a prompt's, with no message
 * to edit.
 */
class AppHomeTest {

    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");

    @Test
    void theHomeIsPublishedWhenOpenedAndAfterEachChange() throws Exception {
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening())) {
            slack.deliver(paola.opensHome());
            Map<String, String> opened = slack.awaitCall("views.publish", 1);
            assertThat(opened).containsEntry("user_id", paola.id());
            JsonNode view = FakeSlackApi.json(opened.get("view"));
            assertThat(view.path("type").asText()).isEqualTo("home");
            assertThat(texts(view)).contains("Nothing due today", "Settings: zone Europe/Rome");
            assertThat(labels(view)).containsExactly("English", "Italiano");
            assertThat(slack.count("select count(*) from user_identity where private_chat_id = '" + SlackIds.of(FakeSlackApi.TEAM, paola.dm())
                    + "'")).as("opening the home enrols the user with their DM").isEqualTo(1);

            slack.deliver(paola.says("met Anna Rossi from Acme at the expo"));
            slack.awaitSent(1);
            JsonNode afterMeeting = view(slack.awaitCall("views.publish", 2));
            assertThat(texts(afterMeeting)).contains("Anna Rossi · Acme", "note to Anna Rossi");

            slack.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, SlackTestBot.ROME));
            slack.awaitSent(2);
            JsonNode due = view(slack.awaitCall("views.publish", 3));
            assertThat(texts(due)).contains("Due today", "note to Anna Rossi");
            JsonNode done = button(due, "Done");

            int published = slack.api.calls("views.publish").size();
            slack.deliver(paola.clicksInHome(done));
            await().atMost(SlackTestBot.PATIENCE).until(() -> slack.api.calls("views.publish").size() > published);
            JsonNode afterClick = view(slack.api.forms("views.publish").get(published));
            assertThat(texts(afterClick)).contains("Nothing due today");
            assertThat(slack.count("select count(*) from follow_up_step where state = 'DONE'")).isEqualTo(1);

            slack.deliver(paola.clicksInHome(button(afterClick, "Italiano")));
            await().atMost(SlackTestBot.PATIENCE).until(() -> slack.api.forms("views.publish").stream()
                    .anyMatch(form -> texts(view(form)).contains("Niente da fare oggi")));
        }
    }

    private static JsonNode view(Map<String, String> form) {
        return FakeSlackApi.json(form.get("view"));
    }

    private static String texts(JsonNode view) {
        List<String> texts = new ArrayList<>();
        view.path("blocks").forEach(block -> texts.add(block.path("text").path("text").asText()));
        return String.join("\n", texts);
    }

    private static List<String> labels(JsonNode view) {
        List<String> labels = new ArrayList<>();
        view.path("blocks").forEach(block -> block.path("elements").forEach(b -> labels.add(b.path("text").path("text").asText())));
        return labels;
    }

    private static JsonNode button(JsonNode view, String label) {
        List<JsonNode> buttons = new ArrayList<>();
        view.path("blocks").forEach(block -> block.path("elements").forEach(buttons::add));
        return buttons.stream().filter(b -> b.path("text").path("text").asText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in " + labels(view)));
    }
}
