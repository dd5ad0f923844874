package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatId;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.SentFile;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** "export": the user's own data as a spreadsheet and a vCard file, read back here as a program would. */
class ExportTest {

    private static final ChatId GROUP = ChatId.group("chapter-1");
    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void theUsersContactsMeetingsFollowUpsAndReferralsComeAsACsvAndAVcard() throws Exception {
        chat.chapter(GROUP, "paola", "bruno");
        chat.say("paola", "met Anna Rossi (CTO, Acme) at the expo, anna@acme.it, +39 333 1234567 — needs a new website");
        chat.say("paola", "gave Bruno a referral: Luca Bianchi needs solar panels");
        chat.say("bruno", "met Sara Conti at the fair");
        chat.skipAll();

        chat.say("paola", "export");
        SentFile csv = chat.port().pollSentFile();
        SentFile vcf = chat.port().pollSentFile();
        assertThat(chat.port().pollSentFile()).isNull();
        assertThat(csv.fileName()).isEqualTo("followup-bot-2026-03-12.csv");
        assertThat(chat.nextText()).isEqualTo("📦 Your data: 1 contacts, 1 meetings, 3 follow-ups, 1 referrals. The spreadsheet "
                + "opens in Excel or Sheets; the .vcf file imports into your phone’s contacts.");

        List<CSVRecord> rows = read(csv, ',');
        assertThat(rows).extracting(r -> r.get("Record") + " " + r.get("Name")).containsExactly("Contact Anna Rossi",
                "Meeting Anna Rossi", "Follow-up Anna Rossi", "Follow-up Anna Rossi", "Follow-up Anna Rossi",
                "Referral Luca Bianchi");
        assertThat(rows.get(0).get("Email")).isEqualTo("anna@acme.it");
        assertThat(rows.get(0).get("Phone")).isEqualTo("+393331234567");
        assertThat(rows.get(1).get("Note")).isEqualTo("needs a new website");
        assertThat(rows.get(2).get("Step")).isEqualTo("the personal note");
        assertThat(rows.get(5).get("Member")).isEqualTo("Bruno");
        assertThat(rows.get(5).get("Given or received")).isEqualTo("given");
        assertThat(rows).noneMatch(r -> r.toString().contains("Sara"));

        List<VCard> cards = Ezvcard.parse(new String(vcf.bytes(), StandardCharsets.UTF_8)).all();
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.getFormattedName().getValue()).isEqualTo("Anna Rossi");
            assertThat(card.getStructuredName().getFamily()).isEqualTo("Rossi");
            assertThat(card.getOrganization().getValues()).containsExactly("Acme");
            assertThat(card.getEmails().get(0).getValue()).isEqualTo("anna@acme.it");
            assertThat(card.getTelephoneNumbers().get(0).getText()).isEqualTo("+393331234567");
        });
    }

    @Test
    void inItalianTheSpreadsheetHasItalianHeadersAndSemicolons() throws Exception {
        chat.say("giulia", "impostazioni lingua it");
        chat.say("giulia", "ho conosciuto Marco Neri alla fiera");
        chat.skipAll();
        chat.say("giulia", "esporta");
        List<CSVRecord> rows = read(chat.port().pollSentFile(), ';');
        assertThat(rows.get(0).get("Tipo")).isEqualTo("Contatto");
        assertThat(rows.get(0).get("Nome")).isEqualTo("Marco Neri");
    }

    @Test
    void withNothingToExportTheUserIsToldSoAndNoFileComes() {
        chat.say("carla", "export");
        assertThat(chat.nextText()).isEqualTo("📦 There is nothing to export yet: no contacts, no referrals.");
        assertThat(chat.port().pollSentFile()).isNull();
    }

    private static List<CSVRecord> read(SentFile file, char delimiter) throws Exception {
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.EXCEL.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}
