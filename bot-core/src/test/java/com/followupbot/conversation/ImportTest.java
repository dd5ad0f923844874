package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.Inbound;
import com.followupbot.i18n.Texts;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import com.followupbot.user.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contacts files sent to the bot: real exports, read once each, nobody twice, nothing scheduled unless asked. */
class ImportTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening(); // Thursday 12 March 2026

    @Test
    void aGoogleContactsExportBecomesContactsWithNothingScheduled() {
        chat.upload("paola", "contacts.csv", "text/csv", fixture("google-contacts.csv"));
        assertThat(chat.nextText()).isEqualTo("📥 Imported 3 contacts, 1 row unreadable (row 4). Nothing is scheduled "
                + "for them; “undo” removes them again.");
        assertThat(contacts("paola")).containsExactly(
                "Anna Rossi | Acme Srl | CTO | anna.rossi@acme.it | +39 333 1234567",
                "Marco Luigi Neri | null | null | marco@neri.it | null",
                "Sara Conti, Jr. | Studio Conti, Milano | Architect | null | +39 02 555 0101");
        assertThat(steps("paola")).isZero();
    }

    @Test
    void linkedInsNotesLinesAreSkippedAndOnlyRecentConnectionsAreOfferedAPlan() {
        chat.upload("paola", "Connections.csv", "text/csv", fixture("linkedin-connections.csv"));
        Sent reply = chat.nextReply();
        assertThat(reply.message().text()).isEqualTo("📥 Imported 3 contacts. Nothing is scheduled for them; “undo” removes "
                + "them again.\nThe file says you connected with 2 of them in the last 30 days: shall I plan their "
                + "follow-ups (a note, LinkedIn, a call at 30 days)?");
        assertThat(contacts("paola")).contains("Luca Bianchi | Solar Tech | Founder | null | null");
        assertThat(linkedin("paola", "Luca Bianchi")).isEqualTo("https://www.linkedin.com/in/lucabianchi");
        assertThat(steps("paola")).isZero();

        chat.press("Plan their follow-ups");
        assertThat(chat.nextText()).isEqualTo("📅 Follow-ups planned for 2 contacts: Luca Bianchi, Giulia Verdi. LinkedIn "
                + "is marked done, and steps whose time has already passed are skipped.");
        // connected 5 March: the note is long past (skipped), LinkedIn done, the call on the 30th day, 4 April (a Saturday → Monday)
        assertThat(plan("paola", "Luca Bianchi")).containsExactly("NOTE SKIPPED", "CONNECT DONE", "CALL PENDING 2026-04-06");
        assertThat(plan("paola", "Giulia Verdi")).containsExactly("NOTE SKIPPED", "CONNECT DONE", "CALL PENDING 2026-03-23");
        assertThat(plan("paola", "Paolo Gallo")).isEmpty();

        assertThat(chat.nextAck().text()).isEqualTo(toast("toast.saved"));
        chat.press("Plan their follow-ups");
        assertThat(chat.nextAck().text()).isEqualTo(toast("toast.expired"));
        assertThat(steps("paola")).isEqualTo(6);
    }

    @Test
    void anExcelSheetWithSemicolonsAndAByteOrderMarkReadsInItalian() {
        chat.say("giulia", "impostazioni lingua it");
        chat.skipAll();
        chat.upload("giulia", "contatti.csv", "text/csv", fixture("excel-semicolons.csv"));
        assertThat(chat.nextText()).isEqualTo("📥 Importati 2 contatti, 1 riga illeggibile (riga 4). Non ho pianificato "
                + "nulla per loro; “annulla” li toglie di nuovo.");
        assertThat(contacts("giulia")).containsExactly(
                "Chiara D'Amico | Studio; Legale | Avvocata | null | null",
                "Niccolò Ferrè | Caffè Ferrè | Titolare | niccolo@ferre.it | +39 055 123456");
    }

    @Test
    void aVcardFileWithFoldedLinesAndBothVersions() {
        chat.upload("paola", "contacts.vcf", "text/vcard", fixture("phone-contacts.vcf"));
        assertThat(chat.nextText()).isEqualTo("📥 Imported 2 contacts, 1 row unreadable (row 3). Nothing is scheduled "
                + "for them; “undo” removes them again.");
        assertThat(contacts("paola")).containsExactly(
                "Elena Moretti | Moretti Consulting | Managing Partner | elena@moretti.example | +39 340 111 2222",
                "Tommaso Ricci | null | null | tommaso@ricci.it | +39-06-555-0199");
        assertThat(linkedin("paola", "Elena Moretti")).isEqualTo("https://www.linkedin.com/in/elena-moretti");
    }

    @Test
    void aBinaryFileIsNotTakenForContacts() {
        chat.upload("paola", "photo.jpg", "image/jpeg", fixture("garbage.bin"));
        assertThat(chat.nextText()).isEqualTo("📥 I couldn’t find contacts in “photo.jpg”. Send a CSV with a header row "
                + "(Google Contacts, LinkedIn, Excel) or a vCard (.vcf) file.");
        assertThat(contacts("paola")).isEmpty();
    }

    @Test
    void aFileOverTwoMegabytesIsRefusedWhetherFetchedOrNot() {
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        chat.upload("paola", "huge.csv", "text/csv", big);
        assertThat(chat.nextText()).isEqualTo("📥 That file is 3.0 MB: I read contact files up to 2 MB. Export only the "
                + "contacts you need, or split the file.");
        chat.bot().handle(new Inbound.Upload(ChatHarness.user("paola"), ChatHarness.chatOf("paola"), "huge.vcf", "text/vcard",
                big.length, null));
        assertThat(chat.nextText()).startsWith("📥 That file is 3.0 MB");
        assertThat(contacts("paola")).isEmpty();
    }

    @Test
    void nobodyIsCreatedTwiceByEmailOrByNameAndCompany() {
        chat.say("paola", "met Anna Rossi from Acme at the expo, anna@acme.it");
        chat.say("paola", "met Marco Neri at the fair");
        chat.skipAll();
        String file = """
                name,company,email,phone
                Anna R.,,ANNA@acme.it,
                anna rossi,,,
                Anna Rossi,Beta,,
                Marco Neri,Neri Srl,,
                Lucia Gialli,Gialli,lucia@gialli.it,
                Lucia G.,,lucia@gialli.it,
                LUCIA GIALLI,gialli,,
                """;
        chat.upload("paola", "people.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(chat.nextText()).isEqualTo("📥 Imported 2 contacts, 5 already there. Nothing is scheduled for them; "
                + "“undo” removes them again.");
        assertThat(contacts("paola")).extracting(c -> c.split(" \\| ")[0] + " | " + c.split(" \\| ")[1])
                .containsExactly("Anna Rossi | Acme", "Anna Rossi | Beta", "Lucia Gialli | Gialli", "Marco Neri | null");
    }

    @Test
    void anotherUsersContactsAreNeverMatchedNorTouched() {
        chat.say("bruno", "met Anna Rossi from Acme at the expo, anna@acme.it");
        chat.skipAll();
        chat.upload("paola", "people.csv", "text/csv", "name,company,email\nAnna Rossi,Acme,anna@acme.it\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(chat.nextText()).startsWith("📥 Imported 1 contact.");
        chat.say("paola", "undo");
        assertThat(chat.nextText()).startsWith("Undone: the import; the 1 contacts");
        assertThat(contacts("paola")).isEmpty();
        assertThat(contacts("bruno")).containsExactly("Anna Rossi | Acme | null | anna@acme.it | null");
        assertThat(steps("bruno")).isEqualTo(3);
    }

    @Test
    void undoRemovesExactlyTheImportedContactsAndAPlanLeftForThemFindsNobody() {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.skipAll();
        chat.upload("paola", "Connections.csv", "text/csv", fixture("linkedin-connections.csv"));
        chat.nextReply();
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: the import; the 3 contacts it added are removed. Contacts you had "
                + "before are untouched.");
        assertThat(contacts("paola")).containsExactly("Anna Rossi | Acme | null | null | null");
        assertThat(steps("paola")).isEqualTo(3);

        chat.press("Plan their follow-ups");
        assertThat(chat.nextText()).isEqualTo("Those contacts are no longer here, so nothing was planned.");
        assertThat(steps("paola")).isEqualTo(3);
    }

    @Test
    void typingImportExplainsHowToSendTheFile() {
        chat.say("paola", "import");
        assertThat(chat.nextText()).startsWith("📥 Send me your contacts as a file");
        chat.say("giulia", "importa i contatti");
        assertThat(chat.nextText()).startsWith("📥 Mandami i tuoi contatti come file");
    }

    private static String toast(String key) {
        return new Texts().get(Language.EN, key);
    }

    private List<String> contacts(String user) {
        return chat.jdbi().withHandle(h -> h.createQuery("""
                        select c.full_name || ' | ' || coalesce(c.company, 'null') || ' | ' || coalesce(c.role, 'null') || ' | '
                               || coalesce(c.email, 'null') || ' | ' || coalesce(c.phone, 'null')
                          from contact c join user_identity u on u.user_id = c.user_id
                         where u.platform_user_id = :user order by lower(c.full_name), c.company nulls first""")
                .bind("user", user).mapTo(String.class).list());
    }

    private String linkedin(String user, String name) {
        return chat.jdbi().withHandle(h -> h.createQuery("""
                        select c.linkedin from contact c join user_identity u on u.user_id = c.user_id
                         where u.platform_user_id = :user and c.full_name = :name""")
                .bind("user", user).bind("name", name).mapTo(String.class).one());
    }

    private int steps(String user) {
        return chat.jdbi().withHandle(h -> h.createQuery("""
                        select count(*) from follow_up_step s join user_identity u on u.user_id = s.user_id
                         where u.platform_user_id = :user""").bind("user", user).mapTo(Integer.class).one());
    }

    private List<String> plan(String user, String name) {
        return chat.jdbi().withHandle(h -> h.createQuery("""
                        select s.kind || ' ' || s.state || case when s.state = 'PENDING'
                               then ' ' || to_char(s.due_at at time zone 'Europe/Rome', 'YYYY-MM-DD') else '' end
                          from follow_up_step s join contact c on c.user_id = s.user_id and c.id = s.contact_id
                          join user_identity u on u.user_id = s.user_id
                         where u.platform_user_id = :user and c.full_name = :name order by s.due_at""")
                .bind("user", user).bind("name", name).mapTo(String.class).list());
    }

    private static byte[] fixture(String name) {
        try (InputStream in = ImportTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
