package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a person types right after the bot speaks: confirmations, thanks, a settings request while a
 * question is open, a failed attempt, "Which one?", a fix of one person among several.
 */
class TrustedConversationTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    void aTypedYesConfirmsTheCaptureAndThanksGetsAFriendlyWord() {
        for (String yes : new String[] {"yes", "ok", "looks right", "Perfect!"}) {
            chat.say("paola", "met Anna Rossi from Acme at the expo");
            chat.nextReply();
            chat.say("paola", yes);
            assertThat(chat.nextEdit().replacement().text()).as(yes).startsWith("Saved ✔ Anna Rossi · Acme");
            chat.say("paola", "undo");
            chat.skipAll();
        }
        chat.say("paola", "thanks");
        assertThat(chat.nextText()).isEqualTo("You’re welcome! 🙂");
    }

    @Test
    void inItalianToo() {
        chat.say("giulia", "impostazioni lingua it");
        chat.say("giulia", "ho conosciuto Anna Rossi di Acme all'expo");
        chat.skipAll();
        chat.say("giulia", "sì, giusto");
        assertThat(chat.nextEdit().replacement().text()).startsWith("Salvato ✔ Anna Rossi · Acme");
        chat.say("giulia", "grazie");
        assertThat(chat.nextText()).isEqualTo("Prego! 🙂");
        chat.say("giulia", "ok");
        assertThat(chat.nextText()).isEqualTo("👍");
    }

    @Test
    void aSettingsSentenceGoesToSettingsEvenWithTheFixQuestionOpen() {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.nextReply();
        chat.press("Fix");
        assertThat(chat.nextText()).startsWith("What should I change?");
        chat.say("paola", "change my time zone to London");
        assertThat(chat.nextText()).contains("Saved.", "zone: Europe/London");
        chat.say("paola", "company Acme Srl"); // the Fix question is still open
        assertThat(chat.nextText()).contains("Anna Rossi · Acme Srl");
        chat.say("paola", "set my working hours to 8:30-17:30");
        assertThat(chat.nextText()).contains("working hours: 08:30–17:30");
        chat.say("paola", "speak Italian");
        assertThat(chat.nextText()).contains("lingua: italiano");
        chat.say("paola", "cambia il fuso orario in Europe/Rome");
        assertThat(chat.nextText()).contains("fuso orario: Europe/Rome");
    }

    @Test
    void withSeveralPeopleFixAsksWhichPersonAndANamedFixTouchesOnlyThatOne() {
        chat.say("paola", "met Tom Baker and Anna Rossi at the expo");
        chat.nextReply();
        chat.press("Fix");
        Sent which = chat.nextReply();
        assertThat(which.message().text()).isEqualTo("Which person should I fix?");
        assertThat(which.message().buttons()).extracting(b -> b.label()).containsExactly("Tom Baker", "Anna Rossi");
        chat.press("Tom Baker");
        assertThat(chat.nextText()).startsWith("What should I change for Tom Baker?");
        chat.say("paola", "company Initech");
        assertThat(chat.nextText()).contains("Tom Baker · Initech; Anna Rossi ·");

        chat.say("paola", "fix Anna surname Bianchi");
        assertThat(chat.nextText()).contains("Tom Baker · Initech; Anna Bianchi ·");
        chat.say("paola", "fix role CTO");
        assertThat(chat.nextText()).isEqualTo("Which person should I fix?");
        chat.press("Anna Bianchi");
        assertThat(chat.nextText()).contains("Tom Baker · Initech; Anna Bianchi · CTO");
        chat.say("paola", "fix Zeno company Beta");
        assertThat(chat.nextText()).isEqualTo("There is no Zeno in that meeting: it has Tom Baker, Anna Bianchi.");
    }

    @Test
    void correggiNamesThePersonInItalian() {
        chat.say("giulia", "impostazioni lingua it");
        chat.say("giulia", "ho conosciuto Tom Baker e Anna Rossi all'expo");
        chat.skipAll();
        chat.say("giulia", "correggi Tom azienda Initech");
        assertThat(chat.nextText()).contains("Tom Baker · Initech; Anna Rossi");
    }

    @Test
    void aCallNobodyAnsweredOffersTheNextMoveAndIsNotDone() {
        callDue("Sara Conti");
        chat.say("paola", "called Sara, no answer");
        Sent offer = chat.nextReply();
        assertThat(offer.message().text()).isEqualTo("No luck this time. Try Sara again on Wed 15 Apr?");
        assertThat(offer.message().buttons()).extracting(b -> b.label())
                .containsExactly("Yes, Wednesday", "In a week", "Send a message instead");
        assertThat(step("Sara", "CALL", "state")).isEqualTo("PROMPTED");
        chat.press("Yes, Wednesday");
        assertThat(step("Sara", "CALL", "state")).isEqualTo("SNOOZED");
        assertThat(step("Sara", "CALL", "outcome_note")).isEqualTo("NO_ANSWER");
        assertThat(Instant.parse(step("Sara", "CALL", "to_char(due_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"))
                .atZone(ROME).toLocalDateTime()).hasToString("2026-04-15T09:00");
    }

    @Test
    void aTypedYesTakesTheRetryAndAMessageCanGoInstead() {
        callDue("Sara Conti");
        chat.say("paola", "no answer");
        chat.nextReply();
        chat.say("paola", "yes");
        assertThat(chat.nextText()).startsWith("⏰ Call to Sara Conti — snoozed until Wed 15 Apr 09:00");
        chat.advanceTo(ZonedDateTime.of(2026, 4, 15, 9, 0, 0, 0, ROME));
        chat.skipAll();
        chat.say("paola", "left a voicemail");
        chat.nextReply();
        chat.press("Send a message instead");
        assertThat(chat.nextEdit().replacement().text()).startsWith("⏰ Call to Sara Conti — snoozed until Fri 17 Apr");
        assertThat(chat.nextEdit().replacement().text()).startsWith("Here is a message to send Sara instead:")
                .contains("I tried to call you earlier");
    }

    @Test
    void notOnLinkedInSkipsTheStepWithTheReasonNoted() {
        chat.say("paola", "met Marco Neri at the expo");
        chat.say("paola", "emailed Marco");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 19, 9, 0, 0, 0, ROME));
        chat.skipAll();
        chat.say("paola", "he's not on LinkedIn");
        Sent offer = chat.nextReply();
        assertThat(offer.message().text()).isEqualTo("Not on LinkedIn: shall I skip the LinkedIn step with Marco Neri, noting why?");
        chat.press("Skip the LinkedIn step");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("⏭ LinkedIn with Marco Neri — skipped (not on LinkedIn).");
        assertThat(step("Marco", "CONNECT", "outcome_note")).isEqualTo("NOT_ON_LINKEDIN");
    }

    @Test
    void whichOneIsAnsweredByAButtonOrByName() {
        chat.say("paola", "met Bice Neri at the expo");
        chat.say("paola", "met Dora Verdi at the expo");
        chat.say("paola", "met Luca Gialli at the expo");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        chat.skipAll();
        chat.say("paola", "done");
        assertThat(chat.nextReply().message().buttons()).extracting(b -> b.label())
                .containsExactly("Note to Luca Gialli", "Note to Dora Verdi", "Note to Bice Neri", "All of them");
        chat.press("Note to Dora Verdi");
        assertThat(step("Dora", "NOTE", "state")).isEqualTo("DONE");
        chat.skipAll();
        chat.say("paola", "sent");
        chat.nextReply();
        chat.say("paola", "Bice");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("Which one? → Note to Bice Neri");
        assertThat(chat.allReplies().get(0).message().text()).startsWith("✅ Note to Bice Neri — done Fri 13 Mar.");
        chat.say("paola", "skip");
        assertThat(chat.nextText()).startsWith("⏭ Note to Luca Gialli — skipped"); // only one open now
    }

    @Test
    void bothAnswersEveryChoice() {
        chat.say("paola", "met Bice Neri at the expo");
        chat.say("paola", "met Dora Verdi at the expo");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        chat.skipAll();
        chat.say("paola", "snooze until Monday");
        chat.nextReply();
        chat.press("Both");
        chat.skipAll();
        assertThat(step("Bice", "NOTE", "state")).isEqualTo("SNOOZED");
        assertThat(step("Dora", "NOTE", "state")).isEqualTo("SNOOZED");
        chat.say("paola", "undo");
        assertThat(chat.allReplies().get(0).message().text())
                .isEqualTo("Undone: the snooze of the note to Dora Verdi and the note to Bice Neri.");
    }

    @Test
    void anEveningDraftWishesAGoodEvening() {
        chat.say("paola", "met Marco Neri at the chamber breakfast 10 days ago");
        chat.nextReply();
        chat.press("Show the drafts now");
        assertThat(chat.nextText()).contains("Have a good evening!").doesNotContain("Have a good day");
    }

    private void callDue(String name) {
        AnswerSetups.callOpen(chat, "paola", name, false);
    }

    private String step(String name, String kind, String column) {
        return chat.jdbi().withHandle(h -> h.createQuery("select " + column + """
                 from follow_up_step s join contact c on c.user_id = s.user_id and c.id = s.contact_id
                where c.full_name like :name || '%' and s.kind = :kind
                """).bind("name", name).bind("kind", kind).mapTo(String.class).one());
    }
}
