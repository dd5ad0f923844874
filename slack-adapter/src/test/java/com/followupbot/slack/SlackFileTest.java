package com.followupbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files as Slack's Web API receives them: files.getUploadURLExternal, the bytes POSTed to the upload URL it
 * gave (here WireMock's own), files.completeUploadExternal into the DM with the caption; refusals classified.
 */
class SlackFileTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] SLIPS = "date,from,amount\n2026-03-12,Anna Rossi,1200\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aChartIsUploadedThenSharedInTheDmWithItsCaption() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            acceptUploads(slack, "F0CHART");

            MessageRef ref = slack.port.sendFile(PortFixture.dm("D0PAOLA"),
                    OutboundFile.png("stats-2026-03.png", PNG, "Your March: <!channel> & more referrals"));

            assertThat(ref).isEqualTo(new MessageRef(SlackIds.of(FakeSlackApi.TEAM, "D0PAOLA"), "F0CHART"));
            assertThat(fileCalls(slack)).containsExactly("/api/files.getUploadURLExternal", "/upload/F0CHART",
                    "/api/files.completeUploadExternal");
            Map<String, String> asked = slack.api.forms("files.getUploadURLExternal").get(0);
            assertThat(asked).containsEntry("filename", "stats-2026-03.png").containsEntry("length", String.valueOf(PNG.length))
                    .containsEntry("alt_txt", "Your March: <!channel> & more referrals");
            LoggedRequest upload = uploads(slack).get(0);
            assertThat(upload.getBody()).isEqualTo(PNG);
            assertThat(upload.getHeader("Content-Type")).startsWith("image/png");
            assertThat(upload.containsHeader("Authorization")).as("the upload URL is signed: no token sent there").isFalse();
            Map<String, String> shared = slack.api.forms("files.completeUploadExternal").get(0);
            assertThat(shared).containsEntry("channel_id", "D0PAOLA")
                    .containsEntry("initial_comment", "Your March: &lt;!channel&gt; &amp; more referrals");
            JsonNode files = FakeSlackApi.json(shared.get("files"));
            assertThat(files.get(0).path("id").asText()).isEqualTo("F0CHART");
            assertThat(files.get(0).path("title").asText()).isEqualTo("stats-2026-03.png");
        }
    }

    @Test
    void aCsvWithoutCaptionIsSharedWithoutComment() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            acceptUploads(slack, "F0SLIPS");

            slack.port.sendFile(PortFixture.dm("D0PAOLA"), OutboundFile.csv("slips-2026-03.csv", SLIPS, ""));

            assertThat(slack.api.forms("files.getUploadURLExternal").get(0)).containsEntry("filename", "slips-2026-03.csv")
                    .doesNotContainKey("alt_txt");
            assertThat(uploads(slack).get(0).getBodyAsString()).isEqualTo(new String(SLIPS, StandardCharsets.UTF_8));
            assertThat(slack.api.forms("files.completeUploadExternal").get(0)).containsEntry("channel_id", "D0PAOLA")
                    .doesNotContainKey("initial_comment");
        }
    }

    @Test
    void aDmSlackNoLongerFindsIsOpenedAgainAndTheSameUploadSharedThere() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            acceptUploads(slack, "F0CHART");
            slack.api.server().stubFor(post(FakeSlackApi.method("files.completeUploadExternal")).atPriority(1)
                    .withFormParam("channel_id", equalTo("D0GONE")).willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));
            slack.api.server().stubFor(post(FakeSlackApi.method("conversations.info")).atPriority(1)
                    .withFormParam("channel", equalTo("D0GONE"))
                    .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"D0GONE\",\"is_im\":true,\"user\":\"U0PAOLA\"}}")));

            MessageRef ref = slack.port.sendFile(PortFixture.dm("D0GONE"), OutboundFile.png("chart.png", PNG, "March"));

            assertThat(ref.chatId()).isEqualTo(SlackIds.of(FakeSlackApi.TEAM, "D0PAOLA"));
            assertThat(slack.api.calls("files.getUploadURLExternal")).as("uploaded once").hasSize(1);
            assertThat(slack.api.forms("files.completeUploadExternal")).extracting(form -> form.get("channel_id"))
                    .containsExactly("D0GONE", "D0PAOLA");
        }
    }

    @Test
    void aRateLimitedUploadSaysWhenToRetry() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            slack.api.server().stubFor(post(FakeSlackApi.method("files.getUploadURLExternal"))
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));

            assertThatThrownBy(() -> slack.port.sendFile(PortFixture.dm("D0PAOLA"), OutboundFile.csv("slips.csv", SLIPS, "")))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DeliveryException.Reason.RATE_LIMITED);
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3));
                    });
            assertThat(slack.api.calls("files.completeUploadExternal")).isEmpty();
        }
    }

    @Test
    void anUploadTheUploadUrlRefusesIsNotShared() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            acceptUploads(slack, "F0CHART");
            slack.api.server().stubFor(post(urlPathMatching("/upload/.*")).atPriority(1).willReturn(aResponse().withStatus(413)));

            assertThatThrownBy(() -> slack.port.sendFile(PortFixture.dm("D0PAOLA"), OutboundFile.png("chart.png", PNG, "")))
                    .isInstanceOfSatisfying(DeliveryException.class,
                            e -> assertThat(e.reason()).isEqualTo(DeliveryException.Reason.REJECTED));
            assertThat(slack.api.calls("files.completeUploadExternal")).isEmpty();
        }
    }

    @Test
    void aWorkspaceWithoutTheFilesScopeRejectsTheFile() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            Failures.refuses(slack.api, "files.getUploadURLExternal", "missing_scope");

            assertThatThrownBy(() -> slack.port.sendFile(PortFixture.dm("D0PAOLA"), OutboundFile.csv("slips.csv", SLIPS, "")))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DeliveryException.Reason.REJECTED);
                        assertThat(e.getMessage()).contains("files.getUploadURLExternal", "missing_scope");
                    });
        }
    }

    /** Slack's three steps, answered as Slack does; the upload URL is WireMock's, as Slack's is its file host's. */
    private static void acceptUploads(PortFixture slack, String fileId) {
        String uploadUrl = slack.api.server().baseUrl() + "/upload/" + fileId;
        slack.api.server().stubFor(post(FakeSlackApi.method("files.getUploadURLExternal"))
                .willReturn(okJson("{\"ok\":true,\"upload_url\":\"" + uploadUrl + "\",\"file_id\":\"" + fileId + "\"}")));
        slack.api.server().stubFor(post(urlPathEqualTo("/upload/" + fileId)).willReturn(aResponse().withStatus(200).withBody("OK - 16")));
        slack.api.server().stubFor(post(FakeSlackApi.method("files.completeUploadExternal"))
                .willReturn(okJson("{\"ok\":true,\"files\":[{\"id\":\"" + fileId + "\",\"title\":\"chart\"}]}")));
    }

    /** The upload steps' paths in the order WireMock received them (its journal lists the newest first). */
    private static List<String> fileCalls(PortFixture slack) {
        List<ServeEvent> events = new ArrayList<>(slack.api.server().getAllServeEvents());
        java.util.Collections.reverse(events);
        return events.stream().map(event -> event.getRequest().getUrl())
                .filter(url -> url.startsWith("/upload/") || url.startsWith("/api/files.")).toList();
    }

    private static List<LoggedRequest> uploads(PortFixture slack) {
        return slack.api.server().findAll(postRequestedFor(urlPathMatching("/upload/.*")));
    }
}
