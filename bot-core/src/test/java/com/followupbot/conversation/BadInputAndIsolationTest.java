package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import org.junit.jupiter.api.Test;

class BadInputAndIsolationTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void gibberishGetsHelpWithExamples() {
        chat.say("paola", "asdf qwerty");
        assertThat(chat.nextText()).isEqualTo(
                "I didn't get that. Try: “met Anna Rossi from Acme at the expo”, “today”, “who is Anna”, “help”."
                        .replace("didn't", "didn’t"));
    }

    @Test
    void hostileInputGetsAnAnswerAndIsKept() {
        String[] inputs = {"", " ".repeat(10_000), "\u0000\u0001\u0007 met \u0000", "'; drop table contact; --",
                "<script>alert(1)</script>", "🙂🙂🙂", "\u202Eמשהו", "9".repeat(3000), "\"\"\"\"((((\"\"\"\"" };
        for (String input : inputs) {
            chat.say("paola", input);
            assertThat(chat.nextText()).as("reply to %s", input.length() > 20 ? input.substring(0, 20) : input).isNotBlank();
        }
        Integer kept = chat.jdbi().withHandle(h -> h.createQuery("select count(*) from inbound_message").mapTo(Integer.class).one());
        assertThat(kept).isEqualTo(inputs.length);
    }

    @Test
    void tooLongMessagesAreRefusedPolitely() {
        chat.say("paola", "met Anna " + "x".repeat(5000));
        assertThat(chat.nextText()).startsWith("That message is too long for me");
    }

    @Test
    void oneUserNeverSeesAnothersContacts() {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.nextReply();
        chat.say("marco", "who is Anna");
        assertThat(chat.nextText()).startsWith("I don’t know anyone called Anna");
        chat.say("marco", "contacts");
        assertThat(chat.nextText()).startsWith("No contacts yet");
        chat.say("marco", "forget Anna Rossi");
        assertThat(chat.nextText()).startsWith("I don’t know anyone called");
    }

    @Test
    void aForgedOrForeignButtonChangesNothing() {
        chat.say("paola", "met Anna Rossi at the expo");
        Sent confirmation = chat.nextReply();
        chat.pressToken("paola", confirmation, "forged-token");
        assertThat(chat.nextAck().text()).isEqualTo("This button has expired");
        String undo = confirmation.message().buttons().get(2).token();
        chat.pressToken("marco", confirmation, undo);
        assertThat(chat.nextAck().text()).isEqualTo("This button has expired");
        chat.say("paola", "contacts");
        assertThat(chat.nextText()).contains("Anna Rossi");
    }
}
