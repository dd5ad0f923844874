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

    @Test
    void platformBookkeepingIsTrimmedButThePollingOffsetIsKept() {
        chat.jdbi().useHandle(h -> {
            // pacing slots are on the bot's clock, as the pacer writes them
            h.createUpdate("insert into send_pace values ('chat:old', cast(:now as timestamptz) - interval '3 days'), ('chat:new', :now)")
                    .bind("now", chat.clock().instant()).execute();
            // and so are the ledger's times
            h.createUpdate("insert into inbound_event (source, event_key, event_seq, claimed_at, done_at) values"
                    + " ('telegram', '1', 1, :old, :old), ('telegram', '2', 2, :old, :old), ('slack:T1', 'Ev1', null, :old, :old),"
                    + " ('slack:T1', 'Ev2', null, :recent, :recent)")
                    .bind("old", chat.clock().instant().minus(Duration.ofDays(5)))
                    .bind("recent", chat.clock().instant().minus(Duration.ofDays(1))).execute();
        });
        chat.bot().housekeeping();
        chat.jdbi().useHandle(h -> {
            assertThat(h.createQuery("select pace_key from send_pace").mapTo(String.class).list()).containsExactly("chat:new");
            assertThat(h.createQuery("select event_key from inbound_event").mapTo(String.class).list()).containsExactlyInAnyOrder("2", "Ev2");
        });
    }
}
