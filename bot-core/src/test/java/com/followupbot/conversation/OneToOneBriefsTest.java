package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The prep brief the working day before a one-to-one (how you met, what they said, the referrals open between
 * you, your ask), and the question afterwards: a referral to give, went well, or didn't happen (offered again).
 * Only the user who booked it hears of it.
 */
class OneToOneBriefsTest {

    private static final ChatId GROUP = ChatId.group("chapter-1");
    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @BeforeEach
    void twoMembersOfOneChapter() {
        for (String member : List.of("paola", "bruno", "carla")) {
            chat.say(member, "settings agenda off");
            chat.bot().handle(new Inbound.Command(ChatHarness.user(member), GROUP, "help", ""));
        }
        chat.skipAll();
    }

    @Test
    void aChapterMembersBriefHasTheReferralsBothWaysAndTheAsk() {
        chat.say("paola", "my ask: facility managers of hotels in Milan, because they renovate often");
        chat.say("paola", "gave Bruno a referral: Anna Rossi from Acme needs a new website");
        chat.say("bruno", "gave Paola a referral: Luca Bianchi needs solar panels");
        chat.say("bruno", "gave Paola a referral: Sara Conti needs a lawyer");
        chat.say("paola", "closed with Sara, 900 EUR");
        chat.say("paola", "one-to-one with Bruno on Tuesday at 10");
        chat.skipAll();

        chat.advanceTo(ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, ROME));
        List<Sent> sent = chat.allReplies().stream().filter(s -> s.message().text().startsWith("📋")).toList();
        assertThat(sent).hasSize(1); // the referral checks of the same morning aside
        assertThat(sent.get(0).chat()).isEqualTo(ChatHarness.chatOf("paola"));
        assertThat(sent.get(0).message().text()).isEqualTo("""
                📋 tomorrow 10:00: one-to-one with Bruno. Your brief:
                • No meeting with Bruno logged yet.
                • No notes yet: ask what Bruno is looking for, and what a good referral for them is.
                • Open referrals — you gave Bruno: Anna Rossi · Bruno gave you: Luca Bianchi
                • Your ask: “facility managers of hotels in Milan, because they renovate often”. End the meeting with it.""");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 17, 9, 0, 0, 0, ROME));
        assertThat(chat.allReplies()).extracting(r -> r.message().text())
                .containsExactly("📅 today 10:00: one-to-one with Bruno."); // the brief went yesterday
    }

    @Test
    void aContactsBriefSaysHowYouMetAndWhatTheyNeedThenTheQuestionAfterwards() {
        chat.say("paola", "met Anna Rossi from Acme at the expo — needs a new website");
        chat.say("paola", "one-to-one with Anna on Tuesday at 10"); // her call step is closed by it
        chat.skipAll();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, ROME));
        assertThat(chat.allReplies()).extracting(s -> s.message().text()).anyMatch(t -> t.equals("""
                📋 tomorrow 10:00: one-to-one with Anna Rossi (Acme). Your brief:
                • How you met: at the expo on Thu 12 Mar.
                • What Anna said they’re looking for: “needs a new website”
                • No ask set: tell me whom you want to meet (“my ask: …”), so the meeting ends with a specific request."""));

        chat.advanceTo(ZonedDateTime.of(2026, 3, 17, 12, 0, 0, 0, ROME));
        Sent question = chat.allReplies().stream().filter(s -> s.message().text().startsWith("🤝")).findFirst().orElseThrow();
        assertThat(question.message().text()).isEqualTo("🤝 How did your one-to-one with Anna Rossi go? Any referral to give?");
        assertThat(question.message().buttons()).extracting(b -> b.label())
                .containsExactly("Give Anna a referral", "Went well", "Didn’t happen");
        chat.press("bruno", "Went well"); // not his
        chat.assertNoMoreReplies();
        assertThat(outcome()).isNull();

        chat.press("paola", "Give Anna a referral");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("🤝 One-to-one with Anna Rossi: a referral to give. 🎁");
        assertThat(chat.nextText()).isEqualTo("Givers Gain! Tell me in one message, e.g.: “gave Anna a referral: Luca Bianchi from "
                + "Initech needs a new website”.");
        assertThat(outcome()).isEqualTo("referral");
        chat.press("paola", "Went well");
        assertThat(outcome()).isEqualTo("referral");
        chat.say("paola", "undo");
        assertThat(chat.allReplies()).extracting(s -> s.message().text())
                .contains("Undone: your answer about the one-to-one with Anna Rossi.");
        assertThat(outcome()).isNull();
    }

    @Test
    void aOneToOneThatDidNotHappenIsBookedAgainInItalian() {
        chat.say("paola", "impostazioni lingua it");
        chat.say("paola", "one to one con Bruno venerdì alle 10");
        chat.skipAll();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        assertThat(chat.nextText()).isEqualTo("""
                📅 oggi 10:00: one-to-one con Bruno.
                • Nessun incontro con Bruno registrato finora.
                • Ancora nessuna nota: chiedi cosa cerca Bruno e che cosa è una buona referenza per il suo lavoro.
                • Nessuna referenza aperta tra voi: chiedi com’è una buona referenza per Bruno.
                • Nessuna richiesta impostata: dimmi chi vuoi conoscere (“la mia richiesta: …”), così l’incontro si chiude con una richiesta precisa.""");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 12, 0, 0, 0, ROME));
        assertThat(chat.nextText()).isEqualTo("🤝 Com’è andato il one-to-one con Bruno? C’è una referenza da passare?");
        chat.press("paola", "Non c’è stato");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("🤝 One-to-one con Bruno: non c’è stato.");
        assertThat(chat.nextText()).isEqualTo("Peccato che non ci sia stato. Quando potresti vedere Bruno? (es. “martedì alle 10”)");
        chat.say("paola", "martedì alle 11");
        assertThat(chat.nextText()).isEqualTo("📅 One-to-one con Bruno il mar 17 mar 11:00. "
                + "Il giorno prima ti mando un breve promemoria per prepararti.");
        assertThat(outcome()).isEqualTo("missed");
        chat.say("bruno", "upcoming");
        assertThat(chat.nextText()).doesNotContain("one-to-one");
    }

    private String outcome() {
        return chat.jdbi().withHandle(h -> h.createQuery("select outcome from one_to_one order by id limit 1")
                .mapTo(String.class).findOne().orElse(null));
    }
}
