package com.followupbot.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A contacts file sent as a document: getFile for its path, the download from /file/bot…, then the core's import. */
class TelegramImportTest {

    private static final String CSV = "name,company,email\nAnna Rossi,Acme,anna@acme.it\nMarco Neri,,marco@neri.it\n";
    private final TelegramUser paola = new TelegramUser(7070, "Paola", "en");
    private final TelegramTestBot bot;

    TelegramImportTest() throws TelegramStartException {
        bot = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening());
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void aDocumentIsFetchedThroughGetFileAndItsContactsImported() {
        bot.api.server().stubFor(post(urlMatching("(?i)/bot[^/]+/getfile"))
                .withRequestBody(equalToJson("{\"file_id\":\"doc-1\"}", true, true))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"file_id\":\"doc-1\",\"file_unique_id\":\"u-doc-1\","
                        + "\"file_size\":" + CSV.length() + ",\"file_path\":\"documents/file_7.csv\"}}")));
        bot.api.server().stubFor(get(urlEqualTo("/file/bot" + FakeBotApi.TOKEN + "/documents/file_7.csv"))
                .willReturn(aResponse().withBody(CSV.getBytes(StandardCharsets.UTF_8))));

        bot.deliver(paola.sendsDocument("doc-1", "contacts.csv", "text/csv", CSV.length()));

        assertThat(bot.awaitSent(1).text()).isEqualTo("📥 Imported 2 contacts. Nothing is scheduled for them; “undo” "
                + "removes them again.");
        assertThat(bot.count("select count(*) from contact")).isEqualTo(2);
        assertThat(bot.count("select count(*) from follow_up_step")).isZero();
    }

    @Test
    void aDocumentOverTwoMegabytesIsNeverDownloaded() {
        bot.deliver(paola.sendsDocument("doc-2", "everyone.csv", "text/csv", 3L * 1024 * 1024));

        assertThat(bot.awaitSent(1).text()).isEqualTo("📥 That file is 3.0 MB: I read contact files up to 2 MB. Export only "
                + "the contacts you need, or split the file.");
        assertThat(bot.api.calls("getfile")).isEmpty();
        assertThat(bot.api.server().findAll(getRequestedFor(urlMatching("/file/.*")))).isEmpty();
    }

    @Test
    void aDownloadThatFailsAsksForTheFileAgain() {
        bot.api.server().stubFor(post(urlMatching("(?i)/bot[^/]+/getfile"))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"file_id\":\"doc-3\",\"file_unique_id\":\"u-doc-3\","
                        + "\"file_path\":\"documents/file_8.csv\"}}")));
        bot.api.server().stubFor(get(urlMatching("/file/.*")).willReturn(aResponse().withStatus(502)));

        bot.deliver(paola.sendsDocument("doc-3", "contacts.csv", "text/csv", 120));

        assertThat(bot.awaitSent(1).text()).isEqualTo("📥 I couldn’t get “contacts.csv” from the chat. Please send it again.");
        assertThat(bot.count("select count(*) from contact")).isZero();
    }
}
