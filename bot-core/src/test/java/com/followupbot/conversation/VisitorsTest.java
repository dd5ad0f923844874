package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.capture.Intent;
import com.followupbot.capture.MessageReader;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.capture.Understanding;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import com.followupbot.testing.RowCounts;
import com.followupbot.user.Language;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A visitor of the chapter gets a plan of its own: a call to thank them within two days, an invitation back at a
 * week, the membership question at a month; with drafts, the usual buttons, typed answers and undo.
 */
class VisitorsTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void visitorMessagesReadAsVisitsInBothLanguages() {
        MessageReader reader = MessageReader.standard();
        ZonedDateTime now = chat.now();
        for (String text : new String[] {"visitor Marco Neri, accountant, came today", "a visitor came: Marco Neri (accountant)",
                "Visitor: Marco Neri, accountant"}) {
            Understanding u = reader.understand(text, Language.EN, now);
            assertThat(u).as(text).isInstanceOf(Understanding.Visit.class);
            ParsedMessage parsed = ((Understanding.Visit) u).parsed();
            assertThat(parsed.people()).as(text).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Marco Neri");
                assertThat(p.role()).isEqualTo("accountant");
            });
            assertThat(parsed.metOn()).isEqualTo(now.toLocalDate());
            assertThat(reader.read(text, Language.EN, now).intent()).isEqualTo(Intent.CAPTURE); // the parse contract is unchanged
        }
        Understanding it = reader.understand("visitatore Marco Neri, commercialista, è venuto oggi", Language.IT, now);
        assertThat(((Understanding.Visit) it).parsed().people().get(0).role()).isEqualTo("commercialista");
        assertThat(reader.understand("visitors are welcome on Thursdays", Language.EN, now)).isNotInstanceOf(Understanding.Visit.class);
        assertThat(reader.understand("met Marco Neri at the expo", Language.EN, now)).isInstanceOf(Understanding.Capture.class);
    }

    @Test
    void aVisitorGetsThankedInvitedBackAndAskedAboutMembership() {
        chat.say("paola", "settings agenda off");
        chat.skipAll();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.say("paola", "visitor Marco Neri, accountant, came today");
        Sent confirmation = chat.nextReply();
        assertThat(confirmation.message().text()).isEqualTo("""
                Got it: Marco Neri · accountant · visited your chapter today.
                Your follow-ups: tomorrow 09:00 call to thank them for visiting · Thu 19 Mar invite them back · Mon 13 Apr ask about membership.""");
        chat.press("Looks right");
        chat.nextEdit();

        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        Sent call = chat.nextReply();
        assertThat(call.message().text()).isEqualTo("""
                📞 Marco Neri — visited your chapter yesterday.
                Visitor, step 1 of 3: call Marco today or tomorrow to thank them for visiting. Opener:
                “Hi Marco, thank you for visiting our chapter yesterday! I hope you enjoyed the meeting. Is there anything I can do for you, or anyone you’d like to meet?”""");
        assertThat(call.message().buttons()).extracting(b -> b.label())
                .containsExactly("Done", "Skip", "Snooze 1 d", "Snooze 3 d", "Snooze 1 w");
        chat.say("paola", "called Marco");
        assertThat(chat.nextEdit().replacement().text()).startsWith("✅ Thank Marco Neri for visiting — done");
        assertThat(chat.nextText()).startsWith("✅ Thank Marco Neri for visiting — done Fri 13 Mar. Next: the invitation back, Thu 19 Mar");
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: the thank-you call to Marco Neri marked done. It is open again.");
        chat.say("paola", "done");
        chat.skipAll();

        chat.advanceTo(ZonedDateTime.of(2026, 3, 19, 9, 0, 0, 0, ROME));
        Sent invite = chat.nextReply();
        assertThat(invite.message().text()).startsWith("💌 Marco Neri — visited your chapter last week.\n"
                + "Visitor, step 2 of 3: invite Marco back to a meeting. Message:\n“Hi Marco, it was great to have you at our chapter");
        chat.press("Snooze 3 d");
        assertThat(chat.nextEdit().replacement().text()).startsWith("⏰ Invite Marco Neri back — snoozed until Mon 23 Mar");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 23, 9, 0, 0, 0, ROME));
        chat.nextReply();
        chat.press("Done");
        chat.nextEdit();

        chat.advanceTo(ZonedDateTime.of(2026, 4, 13, 9, 0, 0, 0, ROME));
        Sent membership = chat.nextReply();
        assertThat(membership.message().text()).contains("Visitor, step 3 of 3: ask Marco whether they would like to join the chapter.",
                "If you’re thinking about joining, I’d be happy to tell you how membership works");
        chat.press("Skip");
        assertThat(chat.nextEdit().replacement().text()).startsWith("⏭ Membership with Marco Neri — skipped");
        chat.say("paola", "who is Marco");
        assertThat(chat.nextText()).contains("the thank-you call", "the invitation back", "the membership question");
        assertThat(RowCounts.delta(before, RowCounts.data(chat.jdbi()))).containsEntry("follow_up_step", 3).containsEntry("contact", 1);
        chat.say("bruno", "contacts");
        assertThat(chat.nextText()).doesNotContain("Marco");
    }

    @Test
    void aVisitorInItalianAndItsUndo() {
        chat.say("giulia", "impostazioni lingua it");
        chat.say("giulia", "impostazioni agenda off");
        chat.skipAll();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.say("giulia", "visitatore Marco Neri, commercialista, è venuto oggi");
        assertThat(chat.nextText()).isEqualTo("""
                Registrato: Marco Neri · commercialista · in visita al tuo capitolo oggi.
                I tuoi follow-up: domani 09:00 telefonata per ringraziare della visita · gio 19 mar invito a tornare · lun 13 apr proposta di entrare nel capitolo.""");
        chat.say("giulia", "sì");
        chat.nextEdit();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        assertThat(chat.nextText()).isEqualTo("""
                📞 Marco Neri — in visita al tuo capitolo ieri.
                Visitatore, passo 1 di 3: chiama Marco oggi o domani per ringraziare della visita. Per iniziare:
                “Ciao Marco, grazie della visita al nostro capitolo ieri! Spero che la riunione ti sia piaciuta. Posso fare qualcosa per te, o c’è qualcuno che ti piacerebbe conoscere?”""");
        chat.say("giulia", "fatto");
        assertThat(chat.allReplies()).extracting(s -> s.message().text())
                .anyMatch(t -> t.startsWith("✅ Ringraziare Marco Neri della visita — fatto"));
        chat.say("giulia", "dimentica Marco");
        chat.allReplies();
        chat.press("Dimentica Marco Neri");
        chat.allReplies();
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(before);
    }
}
