package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Prompts arrive in each user's own working hours, in their own zone, across daylight-saving changes. */
class ZonesAndWorkingHoursTest {

    @Test
    void theSevenDayStepKeepsNineOClockAcrossTheSpringChange() {
        ChatHarness chat = ChatHarness.startingAt(ZonedDateTime.of(2026, 3, 27, 11, 0, 0, 0, ROME)); // Friday, CET
        chat.say("paola", "settings agenda off");
        chat.nextReply();
        chat.say("paola", "met Anna at the expo");
        chat.nextReply();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 27, 14, 0, 0, 0, ROME));
        assertThat(chat.nextText()).contains("Step 1 of 3");
        chat.press("Done");

        chat.advanceTo(ZonedDateTime.of(2026, 4, 3, 6, 59, 0, 0, ZoneOffset.UTC)); // 08:59 CEST
        chat.assertNoMoreReplies();
        chat.advanceTo(ZonedDateTime.of(2026, 4, 3, 7, 0, 0, 0, ZoneOffset.UTC)); // 09:00 CEST
        assertThat(chat.nextText()).contains("Step 2 of 3");
    }

    @Test
    void eachUserIsPromptedInTheirOwnZoneAndHours() {
        ChatHarness chat = ChatHarness.thursdayEvening(); // 18:40 in Rome = 13:40 in New York
        chat.say("john", "settings zone America/New_York");
        chat.nextReply();
        chat.say("john", "settings hours 10:00-16:00");
        chat.nextReply();
        chat.say("john", "settings agenda off");
        chat.nextReply();
        chat.say("john", "met Sara Conti at the trade show");
        // met 13:40 in New York; +3 h is 16:40, past his 16:00 close: the note comes at 10:00 the next morning
        assertThat(chat.nextText()).contains("tomorrow 10:00 a personal note");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 59, 0, 0, ZoneId.of("America/New_York")));
        chat.assertNoMoreReplies();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 10, 0, 0, 0, ZoneId.of("America/New_York")));
        assertThat(chat.nextText()).contains("Sara Conti", "Step 1 of 3");
    }
}
