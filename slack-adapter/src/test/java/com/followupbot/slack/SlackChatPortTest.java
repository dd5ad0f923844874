package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.HomeView;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.Platform;
import com.followupbot.chat.SendLimits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the port sends, as the Web API receives it: Block Kit that nothing typed can format, Slack's limits met by cutting. */
class SlackChatPortTest {

    private static final ChatUser PAOLA = new ChatUser(Platform.SLACK, SlackIds.of(FakeSlackApi.TEAM, "U0PAOLA"), "Paola", null);

    @Test
    void aMessageIsPlainTextBlocksWithItsButtonsAndAnEscapedFallback() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            String typed = "Anna & Co <!channel> *bold* <https://evil.example|click>";
            MessageRef ref = slack.port.send(PortFixture.dm("D0PAOLA"), new OutboundMessage(typed,
                    List.of(List.of(new Button("Done", "tok-1"), new Button("x".repeat(100), "tok-2")))));

            Map<String, String> post = slack.api.forms("chat.postMessage").get(0);
            assertThat(ref.chatId()).isEqualTo(SlackIds.of(FakeSlackApi.TEAM, "D0PAOLA"));
            assertThat(ref.messageId()).isEqualTo(slack.api.sent().get(0).ts());
            assertThat(post).containsEntry("channel", "D0PAOLA")
                    .containsEntry("text", "Anna &amp; Co &lt;!channel&gt; *bold* &lt;https://evil.example|click&gt;");
            SlackMessage sent = slack.api.sent().get(0);
            JsonNode section = sent.blocks().get(0);
            assertThat(section.path("text").path("type").asText()).as("never parsed as mrkdwn").isEqualTo("plain_text");
            assertThat(section.path("text").path("text").asText()).isEqualTo(typed);
            assertThat(sent.buttons()).extracting(b -> b.path("value").asText()).containsExactly("tok-1", "tok-2");
            assertThat(sent.buttons()).extracting(b -> b.path("action_id").asText()).doesNotHaveDuplicates();
            String cutLabel = sent.labels().get(1);
            assertThat(cutLabel).hasSize(BlockKit.MAX_BUTTON_TEXT).endsWith("…");
        }
    }

    @Test
    void aContextLineIsSmallPrintBetweenTheTextAndTheButtons() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            slack.port.send(PortFixture.dm("D0PAOLA"), new OutboundMessage("✉️ Anna Rossi — you met yesterday",
                    List.of(List.of(new Button("Done", "tok-1"))), "Answer with a button, or in words: <!here> “done”"));

            SlackMessage sent = slack.api.sent().get(0);
            assertThat(sent.types()).containsExactly("section", "context", "actions");
            JsonNode context = sent.blocks().get(1).path("elements").get(0);
            assertThat(context.path("type").asText()).as("never parsed as mrkdwn").isEqualTo("plain_text");
            assertThat(sent.context()).isEqualTo("Answer with a button, or in words: <!here> “done”");
            assertThat(sent.text()).as("the notification is the text alone").isEqualTo("✉️ Anna Rossi — you met yesterday");

            slack.port.send(PortFixture.dm("D0PAOLA"), OutboundMessage.text("Saved ✔"));
            assertThat(slack.api.sent().get(1).types()).as("no empty context block").containsExactly("section");
        }
    }

    @Test
    void textsPastSlacksLimitsAreCutWithAnEllipsis() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            slack.port.send(PortFixture.dm("D0PAOLA"), OutboundMessage.text("é".repeat(4000) + "😀".repeat(1000)));
            SlackMessage sent = slack.api.sent().get(0);
            assertThat(sent.sections()).hasSize(BlockKit.MAX_SECTION_TEXT).endsWith("…");
            assertThat(sent.text()).hasSize(BlockKit.MAX_FALLBACK_TEXT);

            slack.port.send(PortFixture.dm("D0PAOLA"), OutboundMessage.text("é".repeat(2998) + "😀" + "é"));
            String cut = slack.api.sent().get(1).sections();
            assertThat(cut).as("not inside a surrogate pair").hasSize(2999).endsWith("é…");
        }
    }

    @Test
    void anEditReplacesTextAndButtons() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            MessageRef ref = new MessageRef(SlackIds.of(FakeSlackApi.TEAM, "D0PAOLA"), "1773337200.000101");
            slack.port.edit(ref, OutboundMessage.text("✅ Note to Anna Rossi — done."));

            Map<String, String> update = slack.api.forms("chat.update").get(0);
            assertThat(update).containsEntry("channel", "D0PAOLA").containsEntry("ts", "1773337200.000101");
            JsonNode blocks = FakeSlackApi.json(update.get("blocks"));
            assertThat(blocks).hasSize(1);
            assertThat(blocks.get(0).path("type").asText()).as("no actions block: the buttons are gone").isEqualTo("section");
            assertThat(blocks.get(0).path("text").path("text").asText()).isEqualTo("✅ Note to Anna Rossi — done.");
        }
    }

    @Test
    void anAcknowledgementInAChannelIsEphemeralToTheReader() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            slack.port.sendTo(PortFixture.channel("C0CHAPTER"), PAOLA, OutboundMessage.text("✔ Paola logged a meeting"));
            assertThat(slack.api.forms("chat.postEphemeral").get(0)).containsEntry("channel", "C0CHAPTER").containsEntry("user", "U0PAOLA");
            assertThat(slack.api.calls("chat.postMessage")).isEmpty();
        }
    }

    @Test
    void theHomeIsAHomeViewOfSectionsAndButtons() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            slack.port.showHome(PAOLA, new HomeView(List.of(OutboundMessage.text("Due today"),
                    new OutboundMessage("note to Anna Rossi", List.of(List.of(new Button("Done", "h-1"), new Button("Skip", "h-2")))),
                    new OutboundMessage("Settings", List.of(List.of(new Button("English", "h-3")))))));
            Map<String, String> publish = slack.api.forms("views.publish").get(0);
            assertThat(publish).containsEntry("user_id", "U0PAOLA");
            JsonNode view = FakeSlackApi.json(publish.get("view"));
            assertThat(view.path("type").asText()).isEqualTo("home");
            assertThat(view.path("blocks")).extracting(b -> b.path("type").asText())
                    .containsExactly("section", "section", "actions", "section", "actions");
            assertThat(view.path("blocks").findValues("action_id")).extracting(JsonNode::asText).doesNotHaveDuplicates().hasSize(3);
            assertThat(slack.port.showsHome()).isTrue();
        }
    }

    @Test
    void limitsArePerChannelAndPerWorkspace() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            SendLimits limits = slack.port.sendLimits().orElseThrow();
            assertThat(limits.overall()).isEqualTo(SendLimits.Rate.perMinute(300));
            assertThat(limits.chatInterval(true)).isEqualTo(Duration.ofSeconds(1));
            assertThat(limits.chatInterval(false)).isEqualTo(Duration.ofSeconds(1));
            assertThat(limits.overallKey(SlackIds.of(FakeSlackApi.TEAM, "D0PAOLA"))).isEqualTo("slack/" + FakeSlackApi.TEAM + "/all");
            assertThat(limits.overallKey(SlackIds.of("T0OTHER", "D0PAOLA"))).isEqualTo("slack/T0OTHER/all");
        }
    }
}
