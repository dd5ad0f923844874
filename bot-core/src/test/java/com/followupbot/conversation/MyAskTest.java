package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.testing.ChatHarness;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each user's ask: set, shown, cleared and undone by chatting; it ends the 30-day call opener and, after closed
 * business, the request to the happy client. One user's ask never reaches another's drafts.
 */
class MyAskTest {

    private static final ChatId GROUP = ChatId.group("chapter-1");
    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void setShownClearedAndUndone() {
        chat.say("paola", "my ask");
        assertThat(chat.nextText()).startsWith("You have no ask yet. Tell me whom you’d like to meet, and why:");
        chat.say("paola", "my ask: facility managers of hotels in Milan, because they renovate often");
        assertThat(chat.nextText()).isEqualTo("✔ Your ask: “facility managers of hotels in Milan, because they renovate often”. "
                + "I’ll add it to your 30-day call openers (“if you know any facility managers of hotels in Milan…”) and to your "
                + "one-to-one briefs. Change it with “my ask: …”, clear it with “my ask: clear”.");
        chat.say("paola", "my ask");
        assertThat(chat.nextText()).isEqualTo("Your ask: “facility managers of hotels in Milan, because they renovate often”.\n"
                + "Change it with “my ask: …”, clear it with “my ask: clear”.");
        chat.say("paola", "my ask: clear");
        assertThat(chat.nextText()).startsWith("Your ask is cleared.");
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("Undone: your ask is “facility managers of hotels in Milan, because they renovate often” again.");
        chat.say("bruno", "my ask");
        assertThat(chat.nextText()).startsWith("You have no ask yet.");
        chat.bot().handle(new Inbound.Command(ChatHarness.user("paola"), ChatHarness.chatOf("paola"), "ask", "hotel owners on Lake Como"));
        assertThat(chat.nextText()).startsWith("✔ Your ask: “hotel owners on Lake Como”.");
        chat.say("paola", "undo");
        assertThat(chat.nextText()).startsWith("Undone: your ask is “facility managers of hotels in Milan");
    }

    @Test
    void theCallOpenerEndsWithTheAskOfItsOwnUserOnly() {
        chat.say("paola", "settings agenda off");
        chat.say("paola", "my ask: facility managers of hotels in Milan, because they renovate often");
        chat.say("bruno", "my ask: wedding planners");
        AnswerSetups.callOpen(chat, "paola", "Anna Rossi from Acme", false);
        chat.skipAll();
        chat.say("paola", "today");
        chat.nextReply();
        chat.press("📞 Anna Rossi");
        String call = chat.nextText();
        assertThat(call).contains("Would you have half an hour for a coffee next week? I’d like to hear more about your work and how "
                + "I can help. And if you know any facility managers of hotels in Milan, I’d love an introduction.”");
        assertThat(call).doesNotContain("wedding");
    }

    @Test
    void inItalianTheAskEndsTheCallOpener() {
        chat.say("giulia", "impostazioni lingua it");
        chat.say("giulia", "impostazioni agenda off");
        chat.say("giulia", "la mia richiesta: facility manager di hotel a Milano, perché rinnovano spesso");
        assertThat(chat.allReplies().get(2).message().text()).startsWith("✔ La tua richiesta: “facility manager di hotel a Milano, "
                + "perché rinnovano spesso”. La aggiungo alle telefonate dei 30 giorni (“se conosci facility manager di hotel a Milano…”)");
        chat.say("giulia", "ho conosciuto Anna Rossi di Acme all'expo");
        chat.skipAll();
        chat.advanceTo(ZonedDateTime.of(2026, 4, 13, 9, 0, 0, 0, ROME));
        String call = chat.allReplies().stream().map(s -> s.message().text()).filter(t -> t.startsWith("📞")).findFirst().orElseThrow();
        assertThat(call).endsWith("capire come posso esserti utile. E se conosci facility manager di hotel a Milano, una tua "
                + "presentazione mi farebbe molto piacere.”");
        chat.say("giulia", "la mia richiesta");
        assertThat(chat.nextText()).startsWith("La tua richiesta: “facility manager di hotel a Milano");
    }

    @Test
    void closedBusinessSuggestsAskingTheHappyClientForAnIntroduction() {
        for (String member : List.of("paola", "bruno")) {
            chat.say(member, "help");
            chat.bot().handle(new Inbound.Command(ChatHarness.user(member), GROUP, "help", ""));
        }
        chat.say("paola", "my ask: wedding planners");
        chat.say("bruno", "my ask: facility managers of hotels in Milan, because they renovate often");
        chat.say("paola", "gave Bruno a referral: Anna Rossi from Acme needs a new website");
        chat.skipAll();
        chat.say("bruno", "closed with Anna, 2,500 EUR");
        List<String> texts = chat.allReplies().stream().filter(s -> s.chat().equals(ChatHarness.chatOf("bruno")))
                .map(s -> s.message().text()).toList();
        assertThat(texts).contains("💡 Anna is a happy client now: the best moment to ask for an introduction. Draft:\n"
                + "“Anna, I’m really glad we’re working together. I’m looking to meet facility managers of hotels in Milan, because "
                + "they renovate often: does anyone come to mind? An introduction from you would mean a lot.”");
        assertThat(String.join("\n", texts)).doesNotContain("wedding");
    }
}
