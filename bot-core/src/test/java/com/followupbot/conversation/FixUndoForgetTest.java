package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import org.junit.jupiter.api.Test;

class FixUndoForgetTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void fixButtonThenACorrection() {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.nextReply();
        chat.press("Fix");
        assertThat(chat.nextText()).startsWith("What should I change?");
        chat.say("paola", "company Acme Srl");
        assertThat(chat.nextText()).contains("Anna Rossi · Acme Srl");
    }

    @Test
    void plainCorrectionsWorkWithoutPressingFix() {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.nextReply();
        chat.say("paola", "no, her surname is Bianchi");
        assertThat(chat.nextText()).contains("Anna Bianchi · Acme");
        chat.say("paola", "fix role CTO");
        assertThat(chat.nextText()).contains("Anna Bianchi · CTO · Acme");
        chat.say("paola", "fix date yesterday");
        assertThat(chat.nextText()).contains("met at the expo yesterday");
    }

    @Test
    void aCorrectedDateReplansThePendingSteps() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.say("paola", "fix date 2 days ago");
        String text = chat.nextText();
        assertThat(text).contains("on Tue 10 Mar");
        assertThat(text).contains("Tue 17 Mar connect on LinkedIn");
    }

    @Test
    void undoRemovesTheMeetingAndItsPlan() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.press("Undo");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("Undone: Anna Rossi removed, with the follow-ups.");
        chat.say("paola", "contacts");
        assertThat(chat.nextText()).startsWith("No contacts yet");
        chat.say("paola", "undo");
        assertThat(chat.nextText()).isEqualTo("There is nothing to undo.");
    }

    @Test
    void forgetAsksFirst() {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.nextReply();
        chat.say("paola", "forget anna");
        assertThat(chat.nextText()).startsWith("Forget Anna Rossi?");
        chat.press("Keep");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("OK, I’ll keep them.");
        chat.say("paola", "forget Anna Rossi");
        chat.nextReply();
        chat.say("paola", "yes");
        assertThat(chat.nextText()).startsWith("Done: I forgot Anna Rossi.");
        chat.say("paola", "who is anna");
        assertThat(chat.nextText()).startsWith("I don’t know anyone called anna");
    }

    @Test
    void aPersonMetAgainIsMatchedNotDuplicated() {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.nextReply();
        chat.press("Looks right");
        chat.nextEdit();
        chat.say("paola", "met anna rossì at the breakfast");
        assertThat(chat.nextText()).isEqualTo("You mentioned Anna Rossì: is that the same Anna Rossi from Acme you already know?");
        chat.press("Yes, Anna Rossi");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("OK, same person.");
        assertThat(chat.nextText()).contains("Anna Rossi · Acme", "at the breakfast", "this contact’s plan was already under way");
        chat.say("paola", "contacts");
        assertThat(chat.nextText()).isEqualTo("Your contacts:\n• Anna Rossi · Acme");
    }

    @Test
    void aFirstNameAloneCanBeSomeoneNew() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.say("paola", "met Anna at the fair");
        assertThat(chat.nextText()).contains("same Anna Rossi");
        chat.say("paola", "no");
        assertThat(chat.nextText()).contains("Got it: Anna ·", "tomorrow 09:00 a personal note");
    }
}
