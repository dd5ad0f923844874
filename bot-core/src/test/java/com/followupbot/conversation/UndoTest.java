package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import com.followupbot.testing.RowCounts;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "undo" undoes the user's last action only, says what it undid, steps back only through the last few
 * minutes, and never destroys older work; forget asks which one and can itself be undone. Each test
 * counts the rows of every table holding the user's data before and after.
 */
class UndoTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    void undoAfterASnoozeUndoesTheSnoozeNotTheMeetingOfYesterday() {
        meetAnna();
        chat.advanceTo(friday(9, 0));
        chat.nextReply(); // the agenda
        chat.nextReply(); // the note's prompt
        chat.press("Snooze 3 d");
        chat.skipAll();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());

        chat.say("paola", "undo");
        assertThat(chat.nextEdit().replacement().text()).contains("Step 1 of 3", "Hi Anna");
        assertThat(chat.nextText()).isEqualTo("Undone: the snooze of the note to Anna Rossi.");
        assertThat(stepState("NOTE")).isEqualTo("PROMPTED");

        chat.say("paola", "undo");
        assertThat(chat.nextText()).startsWith("Nothing recent to undo").contains("forget NAME");
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(before);
        chat.say("paola", "who is Anna");
        assertThat(chat.nextText()).startsWith("Anna Rossi · Acme");
    }

    @Test
    void undoRightAfterACaptureRemovesItAndRepeatedStepsBackOnlyThroughTheLastMinutes() {
        chat.say("paola", "help");
        chat.nextReply();
        Map<String, Integer> empty = RowCounts.data(chat.jdbi());
        meetAnna();
        Map<String, Integer> withAnna = RowCounts.data(chat.jdbi());
        chat.advance(Duration.ofMinutes(2));
        chat.say("paola", "met Bice Neri at the breakfast");
        chat.nextReply();

        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: Bice Neri removed, with the follow-ups.");
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(withAnna);
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: Anna Rossi removed, with the follow-ups.");
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(empty);
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("There is nothing to undo.");
    }

    @Test
    void aCaptureOlderThanTheWindowIsNeverUndone() {
        Sent confirmation = meetAnna();
        chat.advance(Duration.ofMinutes(11));
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.say("paola", "undo");
        assertThat(chat.nextText()).startsWith("Nothing recent to undo");
        chat.pressToken("paola", confirmation, token(confirmation, "Undo"));
        assertThat(chat.nextEdit().replacement().text()).startsWith("That meeting was logged more than 10 minutes ago");
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(before);
    }

    @Test
    void undoingAMeetingWithSomeoneKnownKeepsThemAndTheirPlan() {
        meetAnna();
        chat.advanceTo(friday(12, 0));
        chat.skipAll();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.say("paola", "met Anna Rossi at the chamber breakfast");
        assertThat(chat.nextText()).contains("same Anna Rossi from Acme");
        chat.say("paola", "yes");
        chat.nextReply();
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: the meeting with Anna Rossi is removed; they stay in your contacts.");
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(before);
    }

    @Test
    void undoOfADoneTypedEarlyOpensTheStepAgain() {
        meetAnna();
        chat.say("paola", "emailed Anna");
        chat.nextReply();
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: the note to Anna Rossi marked done. It is open again.");
        assertThat(stepState("NOTE")).isEqualTo("PENDING");
    }

    @Test
    void undoOfABookingRemovesTheOneToOneAndOpensTheCall() {
        AnswerSetups.callOpen(chat, "paola", "Anna Rossi from Acme", false);
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.say("paola", "booked with Anna for Tuesday at 10");
        assertThat(chat.nextText()).isEqualTo("📅 One-to-one with Anna Rossi on Tue 14 Apr 10:00. I’ll remind you that morning.");
        assertThat(RowCounts.delta(before, RowCounts.data(chat.jdbi()))).isEqualTo(Map.of("one_to_one", 1));
        chat.say("paola", "undo");
        assertThat(chat.allReplies().get(0).message().text())
                .isEqualTo("Undone: the one-to-one with Anna Rossi on Tue 14 Apr. The call step is open again.");
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(before);
        assertThat(stepState("CALL")).isEqualTo("PROMPTED");
    }

    @Test
    void undoOfAFixPutsTheOldValueBack() {
        meetAnna();
        chat.say("paola", "fix company Beta Srl");
        assertThat(chat.nextText()).contains("Anna Rossi · Beta Srl");
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: the change of the company.");
        chat.say("paola", "who is Anna");
        assertThat(chat.nextText()).startsWith("Anna Rossi · Acme\n");
    }

    @Test
    void aForgetCanBeUndoneForAFewMinutes() {
        meetAnna();
        chat.say("paola", "emailed Anna");
        chat.nextReply();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.say("paola", "forget Anna");
        assertThat(chat.nextText()).startsWith("Forget Anna Rossi?");
        chat.say("paola", "yes");
        assertThat(chat.nextText()).startsWith("Done: I forgot Anna Rossi.").contains("“undo”", "10 minutes");
        assertThat(RowCounts.delta(before, RowCounts.data(chat.jdbi())))
                .isEqualTo(Map.of("contact", -1, "meeting", -1, "meeting_contact", -1, "follow_up_step", -3));
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: Anna Rossi is back, with their meetings and follow-ups.");
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(before);
        chat.say("paola", "who is Anna");
        assertThat(chat.nextText()).contains("Anna Rossi · Acme", "expo", "✅ the personal note", "⏳ the LinkedIn step");
    }

    @Test
    void aForgottenContactsDataGoesForGoodOnceTheUndoWindowHasPassed() {
        meetAnna();
        chat.say("paola", "forget Anna");
        chat.say("paola", "yes");
        chat.skipAll();
        chat.advance(Duration.ofMinutes(11));
        chat.bot().housekeeping();
        Integer journal = chat.jdbi().withHandle(h -> h.createQuery("select count(*) from user_action").mapTo(Integer.class).one());
        assertThat(journal).isZero();
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("There is nothing to undo.");
    }

    @Test
    void forgetAsksWhichOneWhenSeveralFit() {
        twoAnnas();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.say("paola", "forget Anna");
        Sent which = chat.nextReply();
        assertThat(which.message().text()).isEqualTo("Several contacts fit “Anna”: which one should I forget?");
        assertThat(which.message().buttons()).extracting(b -> b.label()).containsExactlyInAnyOrder("Anna", "Anna Rossi · Acme");
        chat.press("Anna Rossi · Acme");
        assertThat(chat.nextText()).startsWith("Forget Anna Rossi?");
        chat.press("Forget Anna Rossi");
        assertThat(RowCounts.delta(before, RowCounts.data(chat.jdbi())))
                .containsEntry("contact", -1).containsEntry("follow_up_step", -3);
        chat.say("paola", "contacts");
        assertThat(chat.nextText()).isEqualTo("Your contacts:\n• Anna");
    }

    @Test
    void forgetAsksWhichOneByTypedNameToo() {
        twoAnnas();
        chat.say("paola", "forget anna");
        chat.nextReply();
        chat.say("paola", "Anna Rossi");
        assertThat(chat.nextText()).startsWith("Forget Anna Rossi?");
    }

    @Test
    void undoAfterASettingsChangeUndoesThatNotTheMeetingBefore() {
        meetAnna();
        chat.say("paola", "change my time zone to London");
        chat.nextReply();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: your settings are back as they were.");
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(before);
        chat.say("paola", "settings");
        assertThat(chat.nextText()).contains("zone: Europe/Rome");
    }

    @Test
    void inItalianUndoSaysWhatItUndid() {
        chat.say("paola", "impostazioni lingua it");
        chat.say("paola", "ho conosciuto Anna Rossi di Acme all'expo");
        chat.advanceTo(friday(9, 0));
        chat.skipAll();
        chat.say("paola", "rimanda a lunedì");
        assertThat(chat.nextText()).isEqualTo("⏰ Messaggio a Anna Rossi — rimandato a lun 16 mar 09:00.");
        chat.say("paola", "annulla");
        assertThat(chat.nextText()).isEqualTo("Annullato il rinvio: il messaggio a Anna Rossi torna com’era.");
        chat.say("paola", "annulla");
        assertThat(chat.nextText()).startsWith("Niente di recente da annullare");
        chat.say("paola", "dimentica Anna");
        chat.nextReply();
        chat.say("paola", "sì");
        assertThat(chat.nextText()).startsWith("Fatto: ho dimenticato Anna Rossi.");
        chat.say("paola", "annulla");
        assertThat(chat.nextText()).isEqualTo("Annullato: Anna Rossi è tornato, con incontri e follow-up.");
    }

    /** "Anna" met at the fair and "Anna Rossi" at the expo, told apart. */
    private void twoAnnas() {
        chat.say("paola", "met Anna at the fair");
        meetAnna();
        chat.say("paola", "no, someone new");
        chat.skipAll();
    }

    @Test
    void dimenticaChiedeQualeQuandoNeCorrispondonoDiversi() {
        chat.say("paola", "impostazioni lingua it");
        chat.say("paola", "ho conosciuto Anna alla fiera");
        chat.say("paola", "ho conosciuto Anna Rossi di Acme all'expo");
        chat.say("paola", "no, persona nuova");
        chat.skipAll();
        chat.say("paola", "dimentica Anna");
        Sent which = chat.nextReply();
        assertThat(which.message().text()).isEqualTo("“Anna” corrisponde a più contatti: quale devo dimenticare?");
        chat.press("Anna");
        assertThat(chat.nextText()).startsWith("Dimentico Anna?");
        chat.say("paola", "sì");
        assertThat(chat.nextText()).startsWith("Fatto: ho dimenticato Anna.");
        chat.say("paola", "contatti");
        assertThat(chat.nextText()).isEqualTo("I tuoi contatti:\n• Anna Rossi · Acme");
    }

    private Sent meetAnna() {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        return chat.nextReply();
    }

    private String stepState(String kind) {
        return chat.jdbi().withHandle(h -> h.createQuery("select state from follow_up_step s join contact c"
                + " on c.user_id = s.user_id and c.id = s.contact_id where c.full_name = 'Anna Rossi' and s.kind = :kind")
                .bind("kind", kind).mapTo(String.class).one());
    }

    private static String token(Sent message, String label) {
        return message.message().buttons().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow().token();
    }

    private static ZonedDateTime friday(int hour, int minute) {
        return ZonedDateTime.of(2026, 3, 13, hour, minute, 0, 0, ROME);
    }
}
