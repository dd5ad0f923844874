package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The whole 24/7/30 cycle, chatted through like a user on a real database. */
class FollowUpCycleTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void capturesConfirmsAndPromptsEachStepWithADraft() {
        chat.say("paola", "met Anna Rossi from Acme at the expo — needs a new website");
        Sent confirmation = chat.nextReply();
        assertThat(confirmation.message().text())
                .contains("Anna Rossi", "Acme", "at the expo", "today", "needs a new website")
                .contains("tomorrow 09:00 a personal note")
                .contains("Thu 19 Mar connect on LinkedIn")
                .contains("Mon 13 Apr call to book a one-to-one");
        assertThat(confirmation.message().buttons()).extracting(b -> b.label())
                .containsExactly("Looks right", "Fix", "Undo");
        chat.press("Looks right");
        assertThat(chat.nextAck().text()).isEqualTo("Saved");
        assertThat(chat.nextEdit().replacement().buttons()).isEmpty();
        chat.assertNoMoreReplies();

        chat.advanceTo(at(13, 8, 59));
        assertThat(chat.nextText()).isEqualTo("Good morning! Today: note to Anna Rossi.");
        chat.assertNoMoreReplies();

        chat.advanceTo(at(13, 9, 0));
        Sent note = chat.nextReply();
        assertThat(note.message().text())
                .startsWith("✉️ Anna Rossi — you met yesterday at the expo (Acme; “needs a new website”).")
                .contains("Step 1 of 3: send Anna a short personal note today.")
                .contains("Hi Anna, it was a pleasure meeting you at the expo yesterday.")
                .contains("your work at Acme")
                .contains("— Paola");
        assertThat(note.message().context()).as("the small print, where the platform has a place for it")
                .isEqualTo("Answer with a button, or in words: “done”, “skip”, “snooze 3 days”.");
        assertThat(note.message().buttons()).extracting(b -> b.label())
                .containsExactly("Done", "Skip", "Snooze 1 d", "Snooze 3 d", "Snooze 1 w");
        chat.press("Done");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("✅ Note to Anna Rossi — done Fri 13 Mar.");
        chat.assertNoMoreReplies();

        chat.advanceTo(at(19, 9, 0));
        assertThat(chat.nextText()).startsWith("Good morning!");
        Sent connect = chat.nextReply();
        assertThat(connect.message().text()).contains("🤝 Anna Rossi — you met last week at the expo",
                "Step 2 of 3: connect with Anna on LinkedIn");
        chat.press("Snooze 1 d");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("⏰ LinkedIn with Anna Rossi — snoozed until Fri 20 Mar 09:00.");
        chat.advanceTo(at(20, 9, 0));
        assertThat(chat.nextText()).startsWith("Good morning!");
        assertThat(chat.nextText()).contains("Step 2 of 3");
        chat.press("Skip");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("⏭ LinkedIn with Anna Rossi — skipped.");

        chat.advanceTo(ZonedDateTime.of(2026, 4, 13, 9, 0, 0, 0, ROME));
        assertThat(chat.nextText()).startsWith("Good morning!");
        Sent call = chat.nextReply();
        assertThat(call.message().text()).contains("📞 Anna Rossi — you met last month at the expo",
                "Step 3 of 3: call Anna to book a one-to-one", "Hi Anna, it’s Paola: we met at the expo last month.");
        assertThat(call.message().buttons()).extracting(b -> b.label()).first().isEqualTo("Booked one-to-one");
        chat.press("Booked one-to-one");
        assertThat(chat.nextEdit().replacement().text()).startsWith("📅 Call to Anna Rossi — one-to-one booked");
        assertThat(chat.nextText()).startsWith("Great! When is the one-to-one?");
        chat.say("paola", "Tuesday 10:00");
        assertThat(chat.nextEdit().replacement().text()).contains("for Tue 14 Apr 10:00");
        assertThat(chat.nextText()).isEqualTo("📅 One-to-one with Anna Rossi on Tue 14 Apr 10:00. I’ll remind you that morning.");

        chat.advanceTo(ZonedDateTime.of(2026, 4, 14, 9, 0, 0, 0, ROME));
        assertThat(chat.nextText()).startsWith("Good morning! Today: one-to-one with Anna Rossi at 10:00.");
        // booked the day before, too late for a brief: the reminder carries it
        assertThat(chat.nextText()).isEqualTo(
                "📅 today 10:00: one-to-one with Anna Rossi (Acme). You met at the expo on Thu 12 Mar — “needs a new website”.\n"
                + "• What Anna said they’re looking for: “needs a new website”\n"
                + "• No ask set: tell me whom you want to meet (“my ask: …”), so the meeting ends with a specific request.");
        chat.advanceTo(ZonedDateTime.of(2026, 4, 14, 12, 0, 0, 0, ROME));
        assertThat(chat.nextText()).isEqualTo("🤝 How did your one-to-one with Anna Rossi go? Any referral to give?");
        chat.press("Went well");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("🤝 One-to-one with Anna Rossi: went well. ✅");
        assertThat(chat.nextText()).startsWith("Great. When someone who needs Anna comes to mind: “gave Anna a referral: …”.");
        chat.advance(java.time.Duration.ofDays(60));
        chat.say("paola", "today");
        assertThat(chat.nextText()).startsWith("Nothing due today");
        chat.assertNoMoreReplies();
    }

    @Test
    void aPromptAnsweredTwiceChangesNothingTheSecondTime() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.advanceTo(at(13, 9, 0));
        chat.nextReply(); // agenda
        Sent prompt = chat.nextReply();
        chat.press("Done");
        chat.nextAck();
        chat.nextEdit();
        String skip = prompt.message().buttons().stream().filter(b -> b.label().equals("Skip")).findFirst().orElseThrow().token();
        chat.pressToken("paola", prompt, skip);
        assertThat(chat.nextAck().text()).isEqualTo("Already answered");
        assertThat(chat.nextEdit().replacement().text()).startsWith("✅ Note to Anna Rossi — done");
    }

    @Test
    void theSnoozedStepComesBackOnlyAfterTheSnooze() {
        chat.say("paola", "met Anna at the expo");
        chat.nextReply();
        chat.advanceTo(at(13, 9, 0));
        chat.nextReply();
        chat.nextReply();
        chat.press("Snooze 3 d");
        chat.nextEdit();
        chat.advanceTo(at(16, 8, 59)); // Monday morning, before the snooze ends
        assertThat(chat.nextText()).startsWith("Good morning!"); // the agenda lists it as due today
        chat.assertNoMoreReplies();
        chat.advanceTo(at(16, 9, 0));
        assertThat(chat.nextText()).contains("Step 1 of 3");
    }

    private static ZonedDateTime at(int march, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, march, hour, minute, 0, 0, ROME);
    }
}
