package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import com.followupbot.testing.RowCounts;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One-to-ones typed with a name and no call step to close: a chapter member becomes a contact, an unknown name
 * is offered as a new contact, several contacts with the name get "Which Marco?", no time gets "When is it?";
 * undo takes the one-to-one back, with a contact made for it. Bruno, the member, and Carla see none of it.
 */
class OneToOnesByTextTest {

    private static final ChatId GROUP = ChatId.group("chapter-1");
    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @BeforeEach
    void threeMembersOfOneChapter() {
        for (String member : List.of("paola", "bruno", "carla")) {
            chat.say(member, "help");
            chat.bot().handle(new Inbound.Command(ChatHarness.user(member), GROUP, "help", ""));
        }
        chat.skipAll();
    }

    @Test
    void aChapterMemberBecomesAContactAndUndoTakesBothBack() {
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.say("paola", "one-to-one with Bruno on Friday at 10");
        Sent booked = chat.nextReply();
        assertThat(booked.chat()).isEqualTo(ChatHarness.chatOf("paola"));
        assertThat(booked.message().text()).isEqualTo(
                "👤 Bruno is now in your contacts.\n📅 One-to-one with Bruno on Fri 13 Mar 10:00. I’ll remind you that morning.");
        chat.assertNoMoreReplies(); // Bruno is not told about Paola's diary
        assertThat(RowCounts.delta(before, RowCounts.data(chat.jdbi()))).containsEntry("one_to_one", 1).containsEntry("contact", 1);

        chat.say("paola", "upcoming");
        assertThat(chat.nextText()).contains("tomorrow 10:00 — one-to-one with Bruno");
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: the one-to-one with Bruno on Fri 13 Mar. Bruno is no longer in your contacts.");
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(before);
    }

    @Test
    void anUnknownNameIsOfferedAsANewContactAndAForeignPressDoesNothing() {
        chat.say("paola", "1-2-1 with Marco tomorrow at 9");
        Sent offer = chat.nextReply();
        assertThat(offer.message().text()).isEqualTo("I don’t know anyone called Marco yet: not among your contacts, nor a member "
                + "of your chapter who uses me. Add Marco as a contact and book the one-to-one?");
        assertThat(offer.message().buttons()).extracting(b -> b.label()).containsExactly("Add Marco as a contact");
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.press("carla", "Add Marco as a contact");
        assertThat(chat.nextAck().text()).isNotBlank();
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(before);
        chat.assertNoMoreReplies();

        chat.press("paola", "Add Marco as a contact");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("🤝 One-to-one with Marco");
        assertThat(chat.nextText()).isEqualTo(
                "👤 Marco is now in your contacts.\n📅 One-to-one with Marco on Fri 13 Mar 09:00. I’ll remind you that morning.");
        chat.say("paola", "who is Marco");
        assertThat(chat.nextText()).contains("📅 one-to-one Fri 13 Mar 09:00");
        chat.say("carla", "contacts");
        assertThat(chat.nextText()).doesNotContain("Marco");
    }

    @Test
    void severalContactsWithTheNameGetWhichOne() {
        chat.say("paola", "one-to-one with Marco Neri on Friday at 10");
        chat.nextReply();
        chat.press("paola", "Add Marco Neri as a contact");
        chat.say("paola", "one-to-one with Marco Bianchi on Monday at 11");
        chat.allReplies();
        chat.press("paola", "Add Marco Bianchi as a contact");
        chat.skipAll();

        chat.say("paola", "one-to-one with Marco next Tuesday at 9");
        Sent which = chat.nextReply();
        assertThat(which.message().text()).isEqualTo("Which Marco?");
        assertThat(which.message().buttons()).extracting(b -> b.label()).containsExactlyInAnyOrder("Marco Neri", "Marco Bianchi");
        chat.press("paola", "Marco Bianchi");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("🤝 One-to-one with Marco Bianchi");
        assertThat(chat.nextText()).isEqualTo("📅 One-to-one with Marco Bianchi on Tue 17 Mar 09:00. I’ll send you a short brief the day before.");
    }

    @Test
    void withoutATimeTheBotAsksWhen() {
        chat.say("paola", "one-to-one with Bruno");
        assertThat(chat.nextText()).isEqualTo("👤 Bruno is now in your contacts.");
        Sent when = chat.nextReply();
        assertThat(when.message().text()).isEqualTo("When is the one-to-one with Bruno? (e.g. “Friday at 10”, “20/3 at 9:30”)");
        chat.say("paola", "Monday at 15:00");
        assertThat(chat.nextText()).isEqualTo("📅 One-to-one with Bruno on Mon 16 Mar 15:00. I’ll send you a short brief the day before.");
    }

    @Test
    void aContactWhoseCallIsDoneGetsANewOneToOne() {
        AnswerSetups.callOpen(chat, "paola", "Anna Rossi from Acme", false);
        chat.say("paola", "booked with Anna for Tuesday at 10");
        assertThat(chat.nextText()).isEqualTo("📅 One-to-one with Anna Rossi on Tue 14 Apr 10:00. I’ll remind you that morning.");
        chat.say("paola", "one-to-one with Anna Rossi on 28/4 at 11");
        assertThat(chat.nextText()).isEqualTo("📅 One-to-one with Anna Rossi on Tue 28 Apr 11:00. I’ll send you a short brief the day before.");
        int count = chat.jdbi().withHandle(h -> h.createQuery("select count(*) from one_to_one").mapTo(Integer.class).one());
        assertThat(count).isEqualTo(2);
    }

    @Test
    void inItalian() {
        chat.say("paola", "impostazioni lingua it");
        chat.say("paola", "impostazioni agenda off");
        chat.skipAll();
        chat.say("paola", "one to one con Bruno venerdì alle 10");
        assertThat(chat.nextText()).isEqualTo(
                "👤 Bruno ora è tra i tuoi contatti.\n📅 One-to-one con Bruno il ven 13 mar 10:00. Te lo ricordo quella mattina.");
        chat.say("paola", "ho fissato un one-to-one con Marco giovedì alle 15");
        assertThat(chat.nextText()).startsWith("Non conosco ancora nessuno che si chiami Marco");
        chat.press("paola", "Aggiungi Marco ai contatti");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("🤝 One-to-one con Marco");
        assertThat(chat.nextText()).isEqualTo("👤 Marco ora è tra i tuoi contatti.\n📅 One-to-one con Marco il gio 19 mar 15:00. "
                + "Il giorno prima ti mando un breve promemoria per prepararti.");
        chat.say("paola", "annulla");
        assertThat(chat.nextText()).isEqualTo("Annullato: il one-to-one con Marco del gio 19 mar. Marco non è più tra i tuoi contatti.");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        assertThat(chat.nextText()).startsWith("📅 oggi 10:00: one-to-one con Bruno.\n• Nessun incontro");
    }
}
