package com.followupbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.followupbot.Storage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chapter's channel: /met, "@followup met …" and "Log as a meeting" log the meeting in the member's DM
 * (which the bot opens itself), and the channel gets only an ephemeral acknowledgement that only the member
 * sees: nothing about the contact is ever posted there.
 */
class ChannelCommandTest {

    private static final String CHAPTER = "C0CHAPTER";
    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");

    private SlackTestBot slack;

    @BeforeEach
    void start() throws Exception {
        slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening());
        slack.api.person(paola.id(), "Paola Bianchi", "Europe/Rome", "en-US");
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void metInAChannelIsConfirmedInTheDmAndAcknowledgedOnlyToTheMember() {
        String envelope = slack.deliver(paola.command("/met", "Anna Rossi from Acme at the expo — needs a website", CHAPTER));
        assertThat(slack.socket.awaitAck(envelope).payload()).as("an empty ack: the answer follows").isNull();

        Map<String, String> ack = slack.awaitCall("chat.postEphemeral", 1);
        assertThat(ack).containsEntry("channel", CHAPTER).containsEntry("user", paola.id());
        assertThat(SlackFollowUpCycleTest.sections(ack)).isEqualTo("✔ Paola logged a meeting: the details are in our private chat.");
        assertThat(slack.awaitCall("conversations.open", 1)).containsEntry("users", paola.id());
        SlackMessage confirmation = slack.awaitSent(1);
        assertThat(confirmation.channel()).isEqualTo(paola.dm());
        assertThat(confirmation.sections()).contains("Anna Rossi", "Acme", "needs a website");
        assertThat(confirmation.labels()).containsExactly("Looks right", "Fix", "Undo");

        assertThat(slack.sentTo(CHAPTER)).as("nothing posted in the channel").isEmpty();
        // the channel's turn is one transaction around its sends: the chapter commits after the DM went out
        await().atMost(SlackTestBot.PATIENCE)
                .untilAsserted(() -> assertThat(chapters()).containsExactly(SlackIds.of(FakeSlackApi.TEAM, CHAPTER)));
    }

    @Test
    void aMentionLogsAMeetingLikeMet() {
        slack.deliver(paola.mentions(CHAPTER, "met Giulia Verdi at the BNI breakfast"));

        SlackMessage confirmation = slack.awaitSent(1);
        assertThat(confirmation.channel()).isEqualTo(paola.dm());
        assertThat(confirmation.sections()).contains("Giulia Verdi", "BNI breakfast");
        Map<String, String> ack = slack.awaitCall("chat.postEphemeral", 1);
        assertThat(ack).containsEntry("channel", CHAPTER).containsEntry("user", paola.id());
        assertThat(ack.get("text")).doesNotContain("Giulia");
        assertThat(slack.sentTo(CHAPTER)).isEmpty();
    }

    @Test
    void logAsAMeetingCapturesTheMessageInTheDm() {
        slack.deliver(paola.logsAsMeeting(CHAPTER, "U0MARCO", "Luca Neri from Neri &amp; Figli at the <https://expo.example|expo>"));

        SlackMessage confirmation = slack.awaitSent(1);
        assertThat(confirmation.channel()).isEqualTo(paola.dm());
        assertThat(confirmation.sections()).contains("Luca Neri", "Neri & Figli", "expo").doesNotContain("https://", "&amp;");
        assertThat(slack.api.calls("chat.postEphemeral")).isEmpty();
        assertThat(slack.sentTo(CHAPTER)).isEmpty();
    }

    @Test
    void inAChannelWithoutTheBotTheAcknowledgementGoesThroughTheResponseUrl() {
        slack.api.server().stubFor(post(FakeSlackApi.method("chat.postEphemeral")).atPriority(1)
                .willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));
        slack.api.server().stubFor(post(urlPathEqualTo("/response/cmd-1")).willReturn(ok("ok")));

        slack.deliver(paola.command("/met", "Anna Rossi at the expo", "C0ELSEWHERE", slack.api.server().baseUrl() + "/response/cmd-1"));

        assertThat(slack.awaitSent(1).sections()).contains("Anna Rossi");
        await().atMost(SlackTestBot.PATIENCE).until(() -> !slack.api.server().findAll(postRequestedFor(urlPathEqualTo("/response/cmd-1"))).isEmpty());
        JsonNode answer = FakeSlackApi.json(slack.api.server().findAll(postRequestedFor(urlPathEqualTo("/response/cmd-1")))
                .get(0).getBodyAsString());
        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.path("text").asText()).isEqualTo("✔ Paola logged a meeting: the details are in our private chat.");
        assertThat(slack.api.calls("chat.postEphemeral")).as("tried first").hasSize(1);
    }

    @Test
    void commandsInTheDmArePrivateAndHelpInAChannelLinksToTheDm() {
        slack.deliver(paola.command("/followups", "", paola.dm()));
        SlackMessage today = slack.awaitSent(1);
        assertThat(today.channel()).isEqualTo(paola.dm());
        assertThat(today.sections()).startsWith("Nothing due today");
        assertThat(slack.api.calls("chat.postEphemeral")).isEmpty();

        slack.deliver(paola.command("/help", "", CHAPTER));
        SlackMessage intro = slack.awaitSent(2);
        assertThat(intro.channel()).isEqualTo(CHAPTER);
        assertThat(intro.sections()).startsWith("Hi! I help this chapter follow up");
        JsonNode link = intro.button("Open a private chat with me");
        assertThat(link.path("url").asText()).isEqualTo("https://slack.com/app_redirect?app=" + FakeSlackApi.APP_ID + "&team="
                + FakeSlackApi.TEAM);

        slack.deliver(paola.clicks(intro, "Open a private chat with me")); // Slack opens the DM, and tells the app
        SlackMessage welcome = slack.awaitSent(3);
        assertThat(welcome.channel()).isEqualTo(paola.dm());
        assertThat(welcome.sections()).startsWith("I help you follow up");
    }

    private List<String> chapters() {
        return Storage.jdbi(slack.database).withHandle(handle -> handle.createQuery("""
                        select c.chat_id from user_chapter c join user_identity u on u.user_id = c.user_id
                        where u.platform = 'SLACK' and u.platform_user_id = :id
                        """).bind("id", paola.prefixedId()).mapTo(String.class).list());
    }

}
