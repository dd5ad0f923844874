package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RowCounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Looks right" confirms the meeting, closes the review and retires the buttons: one transaction. A
 * database failure on the last of those writes (a trigger refusing to delete buttons) must leave the
 * meeting unconfirmed, the review open and the button live, show nothing of the press, and tell the user.
 */
class PressIsOneTransactionTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void aPressThatFailsHalfWayChangesNothingAndSaysSo() {
        chat.say("paola", "met Ottavia Quercioli from Zefiro at the expo — needs a new website");
        chat.nextReply();
        chat.skipAll();
        Map<String, Integer> before = RowCounts.of(chat.jdbi());
        chat.jdbi().useHandle(h -> h.execute("""
                create function refuse_button_delete() returns trigger language plpgsql as $$
                begin raise exception 'injected failure after the first write of the press'; end $$;
                create trigger refuse_button_delete before delete on button
                for each row execute function refuse_button_delete();
                """));

        chat.press("paola", "Looks right");

        assertThat(chat.nextText()).isEqualTo(english("error.pressFailed"));
        chat.assertNoMoreReplies();
        assertThat(chat.port().pollEdit()).as("nothing of the press is shown").isNull();
        assertThat(chat.nextAck().text()).as("the press is answered, without a toast").isNull();
        assertThat(confirmedMeetings()).as("the meeting's confirmation rolled back").isZero();
        assertThat(RowCounts.of(chat.jdbi())).as("no row of the press stayed").isEqualTo(before);

        chat.jdbi().useHandle(h -> h.execute("drop trigger refuse_button_delete on button"));
        chat.press("paola", "Looks right");
        assertThat(chat.nextAck().text()).as("the button is still live").isEqualTo("Saved");
        assertThat(confirmedMeetings()).isEqualTo(1);
    }

    private int confirmedMeetings() {
        return chat.jdbi().withHandle(h -> h.createQuery("select count(*) from meeting where confirmed")
                .mapTo(Integer.class).one());
    }

    private static String english(String key) {
        return new com.followupbot.i18n.Texts().get(com.followupbot.user.Language.EN, key);
    }
}
