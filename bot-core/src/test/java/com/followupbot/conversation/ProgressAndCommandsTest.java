package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressAndCommandsTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void realContactMarksTheStepDoneEarlySoTheBotNeverNags() {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.nextReply();
        chat.say("paola", "emailed Anna today");
        assertThat(chat.nextText()).isEqualTo("✅ Note to Anna Rossi — done Thu 12 Mar. Next: the LinkedIn step, Thu 19 Mar.");
        chat.say("paola", "connected with Anna on LinkedIn");
        assertThat(chat.nextText()).startsWith("✅ LinkedIn with Anna Rossi — done Thu 12 Mar. Next: the call");
        chat.advance(Duration.ofDays(8));
        chat.assertNoMoreReplies();
    }

    @Test
    void commandsWithAndWithoutSlash() {
        chat.say("paola", "/help");
        assertThat(chat.nextText()).contains("24/7/30", "met Anna Rossi from Acme at the expo");
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.nextReply();
        chat.say("paola", "upcoming");
        assertThat(chat.nextText()).isEqualTo("""
                Coming up:
                • tomorrow 09:00 — note to Anna Rossi
                • Thu 19 Mar — LinkedIn with Anna Rossi
                • Mon 13 Apr — call Anna Rossi""");
        chat.say("paola", "/today");
        assertThat(chat.nextText()).isEqualTo("Nothing due today. Next:\n• tomorrow 09:00 — note to Anna Rossi");
        chat.say("paola", "who is Anna?");
        assertThat(chat.nextText()).startsWith("Anna Rossi · Acme\nMet:\n• Thu 12 Mar — expo");
    }

    @Test
    void settingsChangeZoneHoursAndAgenda() {
        chat.say("paola", "settings");
        assertThat(chat.nextText()).contains("zone: Europe/Rome", "working hours: 09:00–18:00", "morning agenda: 08:30");
        chat.say("paola", "settings hours 8:00-17:00");
        assertThat(chat.nextText()).contains("working hours: 08:00–17:00");
        chat.say("paola", "settings zone London");
        assertThat(chat.nextText()).contains("zone: Europe/London");
        chat.say("paola", "settings zone Mars/Olympus");
        assertThat(chat.nextText()).contains("is not a time zone I know");
        chat.say("paola", "settings agenda off");
        assertThat(chat.nextText()).contains("morning agenda: off");
        chat.press("Italiano");
        assertThat(chat.nextText()).contains("Le tue impostazioni", "lingua: italiano");
        chat.say("paola", "met Anna at the expo");
        assertThat(chat.nextText()).startsWith("Registrato: Anna");
    }

    @Test
    void theMorningAgendaComesAtTheChosenTime() {
        chat.say("paola", "settings agenda 7:45");
        chat.nextReply();
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.advance(Duration.ofHours(13)); // Friday 07:40
        chat.assertNoMoreReplies();
        chat.advance(Duration.ofMinutes(5));
        assertThat(chat.nextText()).isEqualTo("Good morning! Today: note to Anna Rossi.");
        chat.press("Show all");
        assertThat(chat.nextText()).contains("Step 1 of 3", "Hi Anna");
        chat.advance(Duration.ofMinutes(30)); // 09:00: already shown, so not prompted again
        chat.assertNoMoreReplies();
    }

    @Test
    void anAgendaHoursLateIsSkippedAndThePromptWaitsForWorkingHours() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.advance(Duration.ofHours(24)); // Friday 18:40: the bot "slept" through the morning and the working day
        chat.assertNoMoreReplies(); // issue 13: a prompt that came due while the bot was down waits for working hours
        chat.say("paola", "today");
        assertThat(chat.nextText()).isEqualTo("Due today:\n• today 09:00 — note to Anna Rossi");
        chat.advance(Duration.ofDays(3)); // Monday evening
        chat.say("paola", "today");
        assertThat(chat.nextText()).isEqualTo("Due today:\n• overdue since Fri 13 Mar — note to Anna Rossi");
        chat.advanceTo(java.time.ZonedDateTime.of(2026, 3, 17, 9, 1, 0, 0, java.time.ZoneId.of("Europe/Rome")));
        assertThat(chat.allReplies()).as("the prompt, on Tuesday morning")
                .anySatisfy(reply -> assertThat(reply.message().text()).contains("Step 1 of 3"));
    }
}
