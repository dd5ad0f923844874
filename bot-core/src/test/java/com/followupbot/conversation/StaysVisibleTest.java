package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Overdue steps and booked one-to-ones stay in sight: each step opens as its own prompt, each booking is listed and reminded. */
class StaysVisibleTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    void eachAgendaStepOpensAsItsOwnPromptWithDraftAndButtons() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.say("paola", "met Bice Neri at the expo");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 8, 29, 0, 0, ROME));
        chat.skipAll();
        chat.advance(Duration.ofMinutes(1));
        Sent agenda = chat.nextReply();
        assertThat(agenda.message().text()).isEqualTo("Good morning! Today: note to Anna Rossi · note to Bice Neri.");
        assertThat(agenda.message().buttons()).extracting(b -> b.label())
                .containsExactly("✉️ Anna Rossi", "✉️ Bice Neri", "Show all");
        chat.press("✉️ Bice Neri");
        Sent prompt = chat.nextReply();
        assertThat(prompt.message().text()).contains("Bice Neri", "Step 1 of 3", "Hi Bice");
        assertThat(prompt.message().buttons()).extracting(b -> b.label()).contains("Done", "Skip", "Snooze 1 d");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        Sent anna = chat.nextReply();
        assertThat(anna.message().text()).contains("Anna Rossi", "Step 1 of 3");
        chat.assertNoMoreReplies(); // Bice's note, already shown, is not prompted twice
        chat.say("paola", "done");
        assertThat(chat.nextText()).isEqualTo("Which one?");
    }

    @Test
    void inItalianTheAgendaOpensEachStepToo() {
        chat.say("giulia", "impostazioni lingua it");
        chat.say("giulia", "ho conosciuto Anna Rossi all'expo");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 8, 29, 0, 0, ROME));
        chat.skipAll();
        chat.advance(Duration.ofMinutes(1));
        Sent agenda = chat.nextReply();
        assertThat(agenda.message().text()).isEqualTo("Buongiorno! Oggi: messaggio a Anna Rossi.");
        assertThat(agenda.message().buttons()).extracting(b -> b.label()).containsExactly("✉️ Anna Rossi", "Mostra tutto");
        chat.press("Mostra tutto");
        assertThat(chat.nextText()).contains("Passo 1 di 3", "Ciao Anna");
    }

    @Test
    void todayOpensItsStepsToo() {
        chat.say("paola", "met Marco Neri at the chamber breakfast 10 days ago");
        chat.skipAll();
        chat.say("paola", "today");
        Sent today = chat.nextReply();
        assertThat(today.message().text()).isEqualTo("""
                Due today:
                • overdue since Mon 2 Mar — note to Marco Neri
                • overdue since Mon 9 Mar — LinkedIn with Marco Neri""");
        assertThat(today.message().buttons()).extracting(b -> b.label()).containsExactly("✉️ Marco Neri", "🤝 Marco Neri");
        chat.press("🤝 Marco Neri");
        assertThat(chat.nextText()).contains("Step 2 of 3", "connect with Marco on LinkedIn");
        chat.press("Done");
        assertThat(chat.nextEdit().replacement().text()).startsWith("✅ LinkedIn with Marco Neri — done");
    }

    @Test
    void aBookedOneToOneIsListedEverywhereAndRemindedThatMorning() {
        AnswerSetups.callOpen(chat, "paola", "Anna Rossi from Acme", false);
        chat.say("paola", "one-to-one with Anna next Thursday 8:30");
        assertThat(chat.nextText()).isEqualTo("📅 One-to-one with Anna Rossi on Thu 16 Apr 08:30. I’ll send you a short brief the day before.");
        chat.say("paola", "upcoming");
        assertThat(chat.nextText()).isEqualTo("Coming up:\n• Thu 16 Apr 08:30 — one-to-one with Anna Rossi");
        chat.say("paola", "who is Anna");
        assertThat(chat.nextText()).endsWith("Plan: ✅ the personal note · ✅ the LinkedIn step · ✅ the call · 📅 one-to-one Thu 16 Apr 08:30");

        chat.advanceTo(ZonedDateTime.of(2026, 4, 15, 9, 0, 0, 0, ROME));
        assertThat(chat.nextText()).startsWith("📋 tomorrow 08:30: one-to-one with Anna Rossi (Acme). Your brief:");
        chat.advanceTo(ZonedDateTime.of(2026, 4, 16, 7, 30, 0, 0, ROME));
        assertThat(chat.nextText()).isEqualTo(
                "📅 today 08:30: one-to-one with Anna Rossi (Acme). You met at the expo on Thu 12 Mar.");
        chat.advanceTo(ZonedDateTime.of(2026, 4, 16, 7, 50, 0, 0, ROME));
        chat.say("paola", "today");
        assertThat(chat.nextText()).isEqualTo("Due today:\n• today 08:30 — one-to-one with Anna Rossi");
        chat.assertNoMoreReplies();
    }

    @Test
    void theMorningAgendaListsTheDaysOneToOnes() {
        AnswerSetups.callOpen(chat, "paola", "Anna Rossi from Acme", false);
        chat.say("paola", "booked for Wednesday at 15:00");
        chat.skipAll();
        chat.advanceTo(ZonedDateTime.of(2026, 4, 15, 8, 30, 0, 0, ROME));
        assertThat(chat.nextText()).isEqualTo("Good morning! Today: one-to-one with Anna Rossi at 15:00.");
        chat.advanceTo(ZonedDateTime.of(2026, 4, 15, 9, 0, 0, 0, ROME));
        // the brief was due yesterday, when nothing ran: the reminder carries it
        assertThat(chat.nextText()).startsWith("📅 today 15:00: one-to-one with Anna Rossi (Acme).").contains("\n• No notes yet");
        chat.assertNoMoreReplies();
    }

    @Test
    void inItalianTheOneToOneIsListedAndReminded() {
        chat.say("giulia", "impostazioni lingua it");
        chat.say("giulia", "impostazioni agenda off");
        AnswerSetups.callOpen(chat, "giulia", "Anna Rossi di Acme", true);
        chat.say("giulia", "fissato per martedì alle 10");
        assertThat(chat.nextText()).isEqualTo("📅 One-to-one con Anna Rossi il mar 14 apr 10:00. Te lo ricordo quella mattina.");
        chat.say("giulia", "prossimi");
        assertThat(chat.nextText()).isEqualTo("In arrivo:\n• domani 10:00 — one-to-one con Anna Rossi");
        chat.advanceTo(ZonedDateTime.of(2026, 4, 14, 9, 0, 0, 0, ROME));
        assertThat(chat.nextText()).isEqualTo("📅 oggi 10:00: one-to-one con Anna Rossi (Acme). Vi siete conosciuti all'expo il gio 12 mar.\n"
                + "• Ancora nessuna nota: chiedi cosa cerca Anna e che cosa è una buona referenza per il suo lavoro.\n"
                + "• Nessuna richiesta impostata: dimmi chi vuoi conoscere (“la mia richiesta: …”), così l’incontro si chiude con "
                + "una richiesta precisa.");
    }
}
