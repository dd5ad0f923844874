package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HousekeepingTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void yearOldButtonsAndLapsedQuestionsGoAndAPressOnThemChangesNothing() {
        chat.say("paola", "settings agenda off");
        chat.nextReply();
        chat.say("paola", "met Anna Rossi at the expo");
        Sent confirmation = chat.nextReply();
        chat.press("Fix");
        chat.nextAck();
        chat.nextReply();
        chat.clock().advance(Duration.ofDays(400));
        assertThat(chat.bot().housekeeping()).isGreaterThanOrEqualTo(4); // 3 buttons and 1 lapsed question
        chat.pressToken("paola", confirmation, confirmation.message().buttons().get(2).token());
        assertThat(chat.nextAck().text()).isEqualTo("This button has expired");
        chat.say("paola", "contacts");
        assertThat(chat.nextText()).contains("Anna Rossi");
    }
}
