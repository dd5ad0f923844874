package com.followupbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A contacts file shared in the DM: downloaded from url_private_download with the bot token, then the core's import. */
class SlackImportTest {

    private static final String CSV = "name,company,email\nAnna Rossi,Acme,anna@acme.it\nMarco Neri,,marco@neri.it\n";
    private static final String PATH = "/files-pri/T0FOLLOW-F1/download/contacts.csv";
    private final SlackUser paola = new SlackUser("U1PAOLA", "Paola");
    private final SlackTestBot slack;

    SlackImportTest() throws SlackStartException {
        slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening());
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void aSharedFileIsDownloadedWithTheBotTokenAndItsContactsImported() {
        slack.api.server().stubFor(get(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + FakeSlackApi.BOT_TOKEN))
                .willReturn(aResponse().withBody(CSV.getBytes(StandardCharsets.UTF_8))));

        slack.deliver(paola.sharesFile("contacts.csv", "text/csv", CSV.length(), slack.api.server().baseUrl() + PATH));

        assertThat(slack.awaitSent(1).text()).isEqualTo("📥 Imported 2 contacts. Nothing is scheduled for them; “undo” "
                + "removes them again.");
        assertThat(slack.count("select count(*) from contact")).isEqualTo(2);
        assertThat(slack.count("select count(*) from follow_up_step")).isZero();
    }

    @Test
    void everyFileOfAShareIsImportedOnceEvenWhenSlackDeliversTheShareTwice() {
        String second = "/files-pri/T0FOLLOW-F2/download/more.vcf";
        String vcard = "BEGIN:VCARD\nVERSION:3.0\nFN:Sara Conti\nORG:Conti Legal\nEMAIL:sara@conti.it\nEND:VCARD\n";
        slack.api.server().stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withBody(CSV.getBytes(StandardCharsets.UTF_8))));
        slack.api.server().stubFor(get(urlEqualTo(second)).willReturn(aResponse().withBody(vcard.getBytes(StandardCharsets.UTF_8))));
        SlackPayload share = paola.sharesFiles(
                new SlackUser.SharedFile("contacts.csv", "text/csv", CSV.length(), slack.api.server().baseUrl() + PATH),
                new SlackUser.SharedFile("more.vcf", "text/vcard", vcard.length(), slack.api.server().baseUrl() + second));

        slack.deliver(share);
        assertThat(slack.awaitSent(1).text()).isEqualTo("📥 Imported 2 contacts. Nothing is scheduled for them; “undo” "
                + "removes them again.");
        assertThat(slack.awaitSent(2).text()).startsWith("📥 Imported 1 contact");
        slack.deliver(share); // Slack's retry of the same event
        slack.deliver(paola.says("who is Sara?")); // in the same lane: it runs after the repeat
        assertThat(slack.awaitSent(3).text()).startsWith("Sara Conti · Conti Legal");
        assertThat(slack.count("select count(*) from contact")).isEqualTo(3);
    }

    @Test
    void aFileOverTwoMegabytesIsNeverDownloaded() {
        slack.deliver(paola.sharesFile("everyone.csv", "text/csv", 3L * 1024 * 1024, slack.api.server().baseUrl() + PATH));

        assertThat(slack.awaitSent(1).text()).startsWith("📥 That file is 3.0 MB: I read contact files up to 2 MB.");
        assertThat(slack.api.server().findAll(getRequestedFor(urlMatching("/files-pri/.*")))).isEmpty();
    }

    @Test
    void theTokenGoesToNoHostButSlacksAndTheUserIsAskedAgain() {
        slack.deliver(paola.sharesFile("contacts.csv", "text/csv", 120, "https://files.example.invalid" + PATH));

        assertThat(slack.awaitSent(1).text()).isEqualTo("📥 I couldn’t get “contacts.csv” from the chat. Please send it again.");
        assertThat(slack.count("select count(*) from contact")).isZero();
    }
}
