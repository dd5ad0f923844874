package com.followupbot.conversation;

import static com.followupbot.conversation.StatsTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.Inbound;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.SentFile;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "slips": the week's referral, TYFCB and one-to-one slips as one CSV, read back here as Excel would read it. */
class SlipsTest {

    private static final List<String> EN_HEADERS = List.of("Slip", "Date", "From", "To / met with", "Prospect / client",
            "Company", "Phone", "Email", "Hot/warm/cold", "Amount", "Currency", "New/repeat", "Notes");

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @BeforeEach
    void aFortnightAfterTheExpo() {
        for (String member : List.of("paola", "bruno")) {
            chat.say(member, "help");
            chat.bot().handle(new Inbound.Command(ChatHarness.user(member), ChatId.group("chapter-1"), "help", ""));
        }
        StatsTest.aFortnightAfterTheExpo(chat); // ends Friday 20 March: this week is Mon 16 – Sun 22
    }

    @Test
    void thisWeeksSlipsOneRowEachOnlyThisWeekAndOnlyHers() throws IOException {
        chat.say("paola", "slips");
        SentFile file = chat.port().pollSentFile();
        assertThat(file.chat()).isEqualTo(ChatHarness.chatOf("paola"));
        assertThat(file.fileName()).isEqualTo("slips-2026-03-16.csv");
        assertThat(file.mediaType()).isEqualTo("text/csv");
        assertThat(file.caption()).isEqualTo(
                "🗂 Your slips this week (Mon 16 Mar – Sun 22 Mar): one row per slip, for your chapter’s report.");
        assertThat(chat.nextText()).isEqualTo("🗂 1 referral, 1 TYFCB (€2,500), 1 one-to-one this week (Mon 16 Mar – Sun 22 Mar).");

        List<CSVRecord> rows = read(file, ',', EN_HEADERS);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).values()).containsExactly("Referral", "2026-03-17", "Paola", "Bruno", "Marco Neri", "Delta",
                "", "", "hot", "", "", "", "needs an accountant");
        assertThat(rows.get(1).values()).as("the business Paola closed, thanking Bruno").containsExactly("TYFCB", "2026-03-17",
                "Paola", "Bruno", "Sara Gialli", "Beta", "", "", "", "2500.00", "EUR", "", "");
        assertThat(rows.get(2).values()).containsExactly("One-to-one", "2026-03-19", "Paola", "Anna Rossi", "", "Acme",
                "", "", "", "", "", "", "");
        chat.assertNoMoreReplies();
    }

    @Test
    void lastWeekHasTheReferralOfTheExpoEvening() throws IOException {
        chat.say("paola", "slips last week");
        List<CSVRecord> rows = read(chat.port().pollSentFile(), ',', EN_HEADERS);
        assertThat(rows).extracting(CSVRecord::values).containsExactly(new String[] {"Referral", "2026-03-12", "Paola", "Marco",
                "Elena Blu", "", "", "", "", "", "", "", "needs a lawyer"});
        assertThat(chat.nextText()).isEqualTo("🗂 1 referral, no TYFCB, no one-to-ones last week (Mon 9 Mar – Sun 15 Mar).");
    }

    @Test
    void theOtherMemberHasHisOwnSlipsOfTheSameReferrals() throws IOException {
        chat.say("bruno", "/slips");
        SentFile file = chat.port().pollSentFile();
        assertThat(file.chat()).isEqualTo(ChatHarness.chatOf("bruno"));
        assertThat(read(file, ',', EN_HEADERS)).extracting(CSVRecord::values).containsExactly(
                new String[] {"Referral", "2026-03-17", "Bruno", "Paola", "Sara Gialli", "Beta", "", "", "", "", "", "",
                        "needs a website"},
                new String[] {"TYFCB", "2026-03-17", "Bruno", "Paola", "Marco Neri", "Delta", "", "", "", "1200.00", "EUR", "", ""});
        assertThat(chat.nextText()).isEqualTo("🗂 1 referral, 1 TYFCB (€1,200), no one-to-ones this week (Mon 16 Mar – Sun 22 Mar).");
    }

    @Test
    void aWeekWithoutSlipsGetsAWordAndNoFile() {
        chat.advanceTo(at(3, 24, 10, 0));
        chat.skipAll();
        chat.say("paola", "weekly slips");
        assertThat(chat.nextText()).isEqualTo("🗂 No slips this week (Mon 23 Mar – Sun 29 Mar): no referral given, no business "
                + "closed, no one-to-one. “slips last week” shows the week before.");
        chat.say("carla", "slips");
        assertThat(chat.nextText()).startsWith("🗂 No slips this week");
        assertThat(chat.port().files()).isEmpty();
    }

    @Test
    void whenTheFileIsRefusedTheSummarySaysSo() {
        chat.port().refuseFiles(new DeliveryException(DeliveryException.Reason.REJECTED, "missing_scope: files:write"));
        chat.say("paola", "slips");
        assertThat(chat.nextText()).isEqualTo("🗂 1 referral, 1 TYFCB (€2,500), 1 one-to-one this week (Mon 16 Mar – Sun 22 Mar).\n"
                + "(I couldn’t send the file here: this chat didn’t accept it.)");
    }

    @Test
    void inItalianTheColumnsAreItalianAndTheSeparatorIsTheOneItalianExcelExpects() throws IOException {
        chat.say("paola", "impostazioni lingua it");
        chat.skipAll();
        chat.say("paola", "schede");
        SentFile file = chat.port().pollSentFile();
        assertThat(file.caption()).isEqualTo(
                "🗂 Le tue schede questa settimana (lun 16 mar – dom 22 mar): una riga per scheda, per il report del capitolo.");
        List<CSVRecord> rows = read(file, ';', List.of("Scheda", "Data", "Da", "A / incontrato con", "Referenza / cliente",
                "Azienda", "Telefono", "Email", "Calda/tiepida/fredda", "Importo", "Valuta", "Nuovo/ripetuto", "Note"));
        assertThat(rows).extracting(CSVRecord::values).containsExactly(
                new String[] {"Referenza", "2026-03-17", "Paola", "Bruno", "Marco Neri", "Delta", "", "", "calda", "", "", "",
                        "needs an accountant"},
                new String[] {"TYFCB", "2026-03-17", "Paola", "Bruno", "Sara Gialli", "Beta", "", "", "", "2500,00", "EUR", "", ""},
                new String[] {"One-to-one", "2026-03-19", "Paola", "Anna Rossi", "", "Acme", "", "", "", "", "", "", ""});
        assertThat(chat.nextText()).isEqualTo("🗂 1 referenza, 1 TYFCB (2.500 €), 1 one-to-one questa settimana (lun 16 mar – dom 22 mar).");

        chat.say("paola", "schede della settimana scorsa");
        assertThat(read(chat.port().pollSentFile(), ';', null)).hasSize(1);
        assertThat(chat.nextText()).isEqualTo(
                "🗂 1 referenza, nessun TYFCB, nessun one-to-one la settimana scorsa (lun 9 mar – dom 15 mar).");
    }

    /** The rows after the header, which must be {@code headers} (when given); the file starts with a UTF-8 BOM, lines end in CRLF. */
    private static List<CSVRecord> read(SentFile file, char delimiter, List<String> headers) throws IOException {
        byte[] bytes = file.bytes();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\r\n").doesNotContain("\n\n");
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (headers != null) {
                assertThat(parser.getHeaderNames()).containsExactlyElementsOf(headers);
            }
            return parser.getRecords();
        }
    }
}
