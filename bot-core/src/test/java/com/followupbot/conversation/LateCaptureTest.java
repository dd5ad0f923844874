package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A meeting logged late does not fire three prompts at once: past-due steps are offered in the confirmation. */
class LateCaptureTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void pastDueStepsAreOfferedNotFired() {
        chat.say("paola", "met Marco Neri at the chamber breakfast 10 days ago");
        Sent confirmation = chat.nextReply();
        assertThat(confirmation.message().text())
                .contains("Marco Neri", "at the chamber breakfast", "Mon 2 Mar")
                .contains("Already due: the personal note and the LinkedIn step.")
                .contains("Next: Wed 1 Apr call to book a one-to-one.");
        assertThat(confirmation.message().buttons()).extracting(b -> b.label())
                .containsExactly("Show the drafts now", "Already done", "Skip them", "Looks right", "Fix", "Undo");

        chat.advance(Duration.ofMinutes(1));
        chat.assertNoMoreReplies();

        chat.press("Show the drafts now");
        assertThat(chat.nextText()).contains("Step 1 of 3", "Marco");
        assertThat(chat.nextText()).contains("Step 2 of 3", "Marco");
        assertThat(chat.nextEdit().replacement().buttons()).extracting(b -> b.label())
                .containsExactly("Looks right", "Fix", "Undo");
        chat.press("Done");
        assertThat(chat.nextEdit().replacement().text()).startsWith("✅ LinkedIn with Marco Neri — done");
    }

    @Test
    void pastDueStepsCanBeMarkedDoneAtOnce() {
        chat.say("paola", "met Marco Neri 10 days ago");
        chat.nextReply();
        chat.press("Already done");
        assertThat(chat.nextEdit().replacement().text()).doesNotContain("Already due");
        chat.say("paola", "who is Marco");
        assertThat(chat.nextText()).contains("✅ the personal note", "✅ the LinkedIn step", "⏳ the call");
    }
}
