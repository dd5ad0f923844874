package com.followupbot.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.stats.MonthlySeries;
import com.followupbot.stats.Series;
import com.followupbot.stats.StatsChart;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Files as the Bot API receives them: a chart as a photo, a CSV as a document, each a multipart upload; refusals classified. */
class TelegramFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PAOLA = 7070;
    private static final byte[] SLIPS = "date,from,to,amount\n2026-03-12,Anna Rossi,Paola,1200\n".getBytes(StandardCharsets.UTF_8);

    private final FakeBotApi api = new FakeBotApi();
    private final TelegramChatPort port = new TelegramChatPort(new OkHttpTelegramClient(FakeBotApi.TOKEN,
            new TelegramUrl("http", "localhost", api.url().getPort(), false)), new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aChartGoesAsAPhotoWithItsCaption() {
        answerWithMessage("sendphoto", 501);
        byte[] png = chart();

        MessageRef ref = port.sendFile(ChatId.privateChat(String.valueOf(PAOLA)),
                OutboundFile.png("stats-2026-03.png", png, "Il tuo marzo: più referenze date"));

        assertThat(ref).isEqualTo(new MessageRef(String.valueOf(PAOLA), "501"));
        LoggedRequest upload = api.calls("sendphoto").get(0);
        assertThat(upload.getUrl()).isEqualTo("/bot" + FakeBotApi.TOKEN + "/sendphoto");
        assertThat(upload.isMultipart()).isTrue();
        assertThat(text(upload.getPart("chat_id"))).isEqualTo(String.valueOf(PAOLA));
        assertThat(text(upload.getPart("caption"))).isEqualTo("Il tuo marzo: più referenze date");
        assertThat(text(upload.getPart("photo"))).as("the Bot API's attach://, naming the part with the bytes")
                .isEqualTo("attach://stats-2026-03.png");
        Request.Part photo = upload.getPart("stats-2026-03.png");
        assertThat(disposition(photo)).contains("filename=\"stats-2026-03.png\"");
        assertThat(photo.getBody().asBytes()).isEqualTo(png);
        assertThat(api.calls("senddocument")).isEmpty();
    }

    @Test
    void aCsvGoesAsADocumentAndAnEmptyCaptionIsLeftOut() {
        answerWithMessage("senddocument", 502);

        port.sendFile(ChatId.privateChat(String.valueOf(PAOLA)), OutboundFile.csv("slips-2026-03.csv", SLIPS, ""));

        LoggedRequest upload = api.calls("senddocument").get(0);
        assertThat(upload.getUrl()).isEqualTo("/bot" + FakeBotApi.TOKEN + "/senddocument");
        assertThat(text(upload.getPart("document"))).isEqualTo("attach://slips-2026-03.csv");
        Request.Part document = upload.getPart("slips-2026-03.csv");
        assertThat(disposition(document)).contains("filename=\"slips-2026-03.csv\"");
        assertThat(document.getBody().asBytes()).isEqualTo(SLIPS);
        assertThat(upload.getPart("caption")).as("no caption part at all").isNull();
        assertThat(upload.getBodyAsString()).contains("filename=\"slips-2026-03.csv\"", "Anna Rossi");
    }

    @Test
    void aCaptionPastTelegramsCeilingIsCut() {
        answerWithMessage("senddocument", 503);

        port.sendFile(ChatId.privateChat(String.valueOf(PAOLA)), OutboundFile.csv("slips.csv", SLIPS, "x".repeat(2000)));

        String caption = text(api.calls("senddocument").get(0).getPart("caption"));
        assertThat(caption).hasSize(TelegramChatPort.MAX_CAPTION).endsWith("…");
    }

    @Test
    void tooManyRequestsSaysWhenToRetry() {
        refuse("sendphoto", 429, "Too Many Requests: retry after 7", 7);

        assertThatThrownBy(() -> port.sendFile(ChatId.privateChat(String.valueOf(PAOLA)), OutboundFile.png("chart.png", chart(), "")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeliveryException.Reason.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(e.getMessage()).startsWith("sendPhoto [429]").doesNotContain(FakeBotApi.TOKEN);
                });
    }

    @Test
    void aUserWhoBlockedTheBotGetsNoFile() {
        refuse("senddocument", 403, "Forbidden: bot was blocked by the user", null);

        assertThatThrownBy(() -> port.sendFile(ChatId.privateChat(String.valueOf(PAOLA)), OutboundFile.csv("slips.csv", SLIPS, "")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeliveryException.Reason.BLOCKED_BY_USER));
    }

    @Test
    void aFileTelegramRefusesIsRejected() {
        refuse("sendphoto", 400, "Bad Request: PHOTO_INVALID_DIMENSIONS", null);

        assertThatThrownBy(() -> port.sendFile(ChatId.privateChat(String.valueOf(PAOLA)), OutboundFile.png("chart.png", chart(), "")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeliveryException.Reason.REJECTED));
    }

    /** A real chart, as /stats will send it, only smaller. */
    private static byte[] chart() {
        List<YearMonth> months = MonthlySeries.monthsUpTo(YearMonth.of(2026, 3), 3);
        return new StatsChart(400, 225).render(new MonthlySeries(months, List.of(Series.count("Referrals given", List.of(1, 3, 2))),
                "", "", ""), Locale.ENGLISH);
    }

    private void answerWithMessage(String method, int messageId) {
        ObjectNode message = JSON.createObjectNode().put("message_id", messageId).put("date", 1773337200L);
        message.putObject("chat").put("id", PAOLA).put("type", "private");
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", message);
        api.server().stubFor(post(FakeBotApi.method(method)).willReturn(okJson(body.toString())));
    }

    private void refuse(String method, int code, String description, Integer retryAfter) {
        ObjectNode body = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        api.server().stubFor(post(FakeBotApi.method(method)).willReturn(aResponse().withStatus(code)
                .withHeader("Content-Type", "application/json").withBody(body.toString())));
    }

    /**
     * telegrambots uploads a stream as a part named after the file, and the photo/document field says
     * attach://that-name; the user sees the filename of the part's Content-Disposition (WireMock leaves it unparsed).
     */
    private static String disposition(Request.Part part) {
        return part.getHeader("Content-Disposition").firstValue();
    }

    private static String text(Request.Part part) {
        return new String(part.getBody().asBytes(), StandardCharsets.UTF_8);
    }
}
