package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Answers typed instead of pressed: a reply to the prompt, or a bare "done" while one prompt waits. */
class TypedAnswersTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void aReplyToThePromptAnswersIt() {
        Sent prompt = firstPrompt();
        chat.bot().handle(new Inbound.Text(ChatHarness.user("paola"), ChatHarness.chatOf("paola"),
                "done, sent her an email", prompt.ref()));
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("✅ Note to Anna Rossi — done Fri 13 Mar.");
        assertThat(chat.nextText()).isEqualTo("✅ Note to Anna Rossi — done Fri 13 Mar. Next: the LinkedIn step, Thu 19 Mar.");
        chat.bot().handle(new Inbound.Text(ChatHarness.user("paola"), ChatHarness.chatOf("paola"), "skip", prompt.ref()));
        chat.nextEdit();
        assertThat(chat.nextText()).isEqualTo("That one was already answered. ✅ Note to Anna Rossi — done Fri 13 Mar.");
    }

    @Test
    void aBareAnswerGoesToTheOnlyPromptWaiting() {
        firstPrompt();
        chat.say("paola", "next week");
        assertThat(chat.nextEdit().replacement().text()).startsWith("⏰ Note to Anna Rossi — snoozed until Fri 20 Mar");
        assertThat(chat.nextText()).startsWith("⏰ Note to Anna Rossi — snoozed until Fri 20 Mar 09:00");
    }

    @Test
    void aBareAnswerWithTwoPromptsWaitingAsksWhichOne() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.say("paola", "met Marco Neri at the expo");
        chat.nextReply();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        chat.nextReply();
        chat.nextReply();
        chat.nextReply();
        chat.say("paola", "done");
        Sent which = chat.nextReply();
        assertThat(which.message().text()).isEqualTo("Which one?");
        assertThat(which.message().buttons()).extracting(b -> b.label())
                .containsExactlyInAnyOrder("Note to Anna Rossi", "Note to Marco Neri", "Both");
    }

    @Test
    void theAppLanguageBeatsTheWordsUntilTheUserChooses() {
        ChatUser giulia = new ChatUser(Platform.TELEGRAM, "giulia", "Giulia", "it");
        chat.bot().handle(new Inbound.Text(giulia, ChatHarness.chatOf("giulia"), "met Anna Rossi at the expo"));
        assertThat(chat.nextText()).startsWith("Registrato: Anna Rossi");
        chat.bot().handle(new Inbound.Text(giulia, ChatHarness.chatOf("giulia"), "settings language en"));
        chat.nextReply();
        chat.bot().handle(new Inbound.Text(giulia, ChatHarness.chatOf("giulia"), "oggi"));
        assertThat(chat.nextText()).startsWith("Nothing due today");
    }

    private Sent firstPrompt() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        chat.nextReply(); // the morning agenda
        return chat.nextReply();
    }
}
