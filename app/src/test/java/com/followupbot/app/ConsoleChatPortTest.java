package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleChatPortTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsoleChatPort port = new ConsoleChatPort(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    private final ChatId chat = ChatId.privateChat("console");

    @Test
    void buttonsBecomeNumberedChoicesOnOneLineAfterTheText() {
        port.send(chat, new OutboundMessage("Met Anna Rossi (Acme).\nRight?",
                List.of(List.of(new Button("Yes", "t1"), new Button("Fix", "t2")), List.of(new Button("Undo", "t3")))));

        assertThat(printed()).isEqualTo("Met Anna Rossi (Acme).\nRight?\n[1] Yes  [2] Fix  [3] Undo\n");
    }

    @Test
    void numbersContinueWhileEarlierMessagesAreAnswerable() {
        MessageRef first = port.send(chat, message("Call Anna?", "a1", "a2"));
        MessageRef second = port.send(chat, message("Email Bob?", "b1"));

        assertThat(printed()).endsWith("[1] a1  [2] a2\nEmail Bob?\n[3] b1\n");
        assertThat(port.choice(3)).hasValueSatisfying(choice -> {
            assertThat(choice.message()).isEqualTo(second);
            assertThat(choice.token()).isEqualTo("b1");
        });
        assertThat(port.choice(1).map(ConsoleChatPort.Choice::message)).contains(first);
    }

    @Test
    void anEditPrintsTheNewTextAndClosesTheOldChoices() {
        MessageRef ref = port.send(chat, message("Call Anna?", "a1", "a2"));

        port.edit(ref, OutboundMessage.text("Call Anna? Done."));

        assertThat(printed()).endsWith("\n✎ Call Anna? Done.\n");
        assertThat(port.choice(1)).isEmpty();
        assertThat(port.choice(2)).isEmpty();
    }

    @Test
    void numberingStartsAgainWhenNothingIsAnswerable() {
        MessageRef ref = port.send(chat, message("Call Anna?", "a1"));
        port.edit(ref, OutboundMessage.text("done"));

        port.send(chat, message("Email Bob?", "b1"));

        assertThat(printed()).endsWith("Email Bob?\n[1] b1\n");
        assertThat(port.choice(1).map(ConsoleChatPort.Choice::token)).contains("b1");
    }

    @Test
    void anEditWithButtonsGetsFreshNumbers() {
        MessageRef first = port.send(chat, message("Call Anna?", "a1", "a2"));
        port.send(chat, message("Email Bob?", "b1"));

        port.edit(first, message("Snooze how long?", "s1", "s2"));

        assertThat(printed()).endsWith("\n✎ Snooze how long?\n[4] s1  [5] s2\n");
        assertThat(port.choice(4).map(ConsoleChatPort.Choice::message)).contains(first);
    }

    @Test
    void anEditSaysItIsOneWithASignNotAnEnglishWord() {
        MessageRef ref = port.send(chat, OutboundMessage.text("Nota ad Anna?"));

        port.edit(ref, OutboundMessage.text("✅ Nota ad Anna Rossi — fatta oggi."));

        assertThat(printed()).isEqualTo("Nota ad Anna?\n✎ ✅ Nota ad Anna Rossi — fatta oggi.\n").doesNotContain("edited");
    }

    @Test
    void inATurnAnEditThatAReplyRepeatsIsNotPrinted() {
        MessageRef prompt = port.send(chat, message("Step 1 of 3: a note to Anna.", "done", "skip"));
        int before = bytes.size();

        port.beginTurn();
        port.edit(prompt, OutboundMessage.text("✅ Note to Anna Rossi — done Wed 11 Mar."));
        port.send(chat, OutboundMessage.text("Noted. ✅ Note to Anna Rossi — done Wed 11 Mar."));
        port.endTurn();

        assertThat(printedSince(before)).isEqualTo("Noted. ✅ Note to Anna Rossi — done Wed 11 Mar.\n");
        assertThat(port.choice(1)).as("the edit still closed the prompt's choices").isEmpty();
    }

    @Test
    void inATurnAnEditNothingElseSaysIsPrintedWhenTheTurnEnds() {
        MessageRef prompt = port.send(chat, message("Step 1 of 3: a note to Anna.", "done"));
        int before = bytes.size();

        port.beginTurn();
        port.edit(prompt, OutboundMessage.text("✅ Note to Anna Rossi — done Wed 11 Mar."));
        port.acknowledge(null, "Saved");
        assertThat(printedSince(before)).isEqualTo("(Saved)\n");
        port.endTurn();

        assertThat(printedSince(before)).isEqualTo("(Saved)\n✎ ✅ Note to Anna Rossi — done Wed 11 Mar.\n");
    }

    @Test
    void inATurnAMessageEditedTwiceShowsItsLastTextOnce() {
        MessageRef confirmation = port.send(chat, message("Met Anna Rossi. Right?", "yes", "fix"));
        int before = bytes.size();

        port.beginTurn();
        port.edit(confirmation, message("Which part is wrong?", "name", "company"));
        port.edit(confirmation, OutboundMessage.text("Met Anna Rossi (Acme)."));
        port.endTurn();

        assertThat(printedSince(before)).isEqualTo("✎ Met Anna Rossi (Acme).\n");
        assertThat(port.choice(3)).isEmpty();
    }

    @Test
    void inATurnAnEditWithButtonsIsPrintedEvenIfAMessageSaysItsText() {
        MessageRef prompt = port.send(chat, message("Snooze?", "s"));
        int before = bytes.size();

        port.beginTurn();
        port.send(chat, OutboundMessage.text("When is it? Tell me a day."));
        port.edit(prompt, message("When is it?", "not fixed"));
        port.endTurn();

        assertThat(printedSince(before)).isEqualTo("When is it? Tell me a day.\n✎ When is it?\n[1] not fixed\n");
        assertThat(port.choice(1).map(ConsoleChatPort.Choice::message)).contains(prompt);
    }

    @Test
    void outsideATurnEditsArePrintedAtOnceAsBefore() {
        MessageRef prompt = port.send(chat, message("Step 1 of 3: a note to Anna.", "done"));
        port.beginTurn();
        port.endTurn();
        int before = bytes.size();

        port.edit(prompt, OutboundMessage.text("⏰ Snoozed until tomorrow."));
        port.send(chat, OutboundMessage.text("⏰ Snoozed until tomorrow."));

        assertThat(printedSince(before)).isEqualTo("✎ ⏰ Snoozed until tomorrow.\n⏰ Snoozed until tomorrow.\n");
    }

    @Test
    void messagesGetDistinctRefsInTheirChat() {
        MessageRef first = port.send(chat, OutboundMessage.text("one"));
        MessageRef second = port.send(chat, OutboundMessage.text("two"));

        assertThat(first).isNotEqualTo(second);
        assertThat(first.chatId()).isEqualTo("console");
    }

    private static OutboundMessage message(String text, String... tokens) {
        return new OutboundMessage(text, List.of(java.util.Arrays.stream(tokens).map(t -> new Button(t, t)).toList()));
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String printedSince(int offset) {
        byte[] all = bytes.toByteArray();
        return new String(all, offset, all.length - offset, StandardCharsets.UTF_8);
    }
}
