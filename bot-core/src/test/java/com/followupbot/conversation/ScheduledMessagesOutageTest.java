package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.DeliveryException.Reason;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the messages a sweep sends on a schedule (the morning agenda, a one-to-one's brief and
 * reminder, a referral check) are delayed by a platform outage, not lost: each stays due and goes out once
 * the platform is back, exactly once, and a sweep tries a dead platform once instead of looping on it. A
 * message the platform refuses outright is given up, so it cannot come back every minute.
 */
class ScheduledMessagesOutageTest {

    private static final DeliveryException DOWN = new DeliveryException(Reason.UNREACHABLE, "connection refused");
    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void anAgendaThePlatformCouldNotTakeGoesOutOnceWhenItIsBack() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.port().refuseSends(DOWN);
        chat.advanceTo(at(13, 8, 30)); // Friday, the agenda's time
        chat.advanceTo(at(13, 8, 40));
        assertThat(chat.port().refusedSends()).as("one try per sweep, no loop").isEqualTo(2);

        chat.port().refuseSends(null);
        chat.advanceTo(at(13, 8, 41));
        assertThat(chat.nextText()).isEqualTo("Good morning! Today: note to Anna Rossi.");
        chat.advanceTo(at(13, 8, 50));
        chat.assertNoMoreReplies();
    }

    @Test
    void anAgendaWhoseSenderDiedBeforeSendingItGoesOutOnTheNextSweep() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.port().crashOnNextSend();
        assertThatThrownBy(() -> chat.advanceTo(at(13, 8, 30))).isInstanceOf(RecordingChatPort.SimulatedCrash.class);
        chat.assertNoMoreReplies();

        chat.advanceTo(at(13, 8, 31)); // the next sweep, on this instance or another
        assertThat(chat.nextText()).isEqualTo("Good morning! Today: note to Anna Rossi.");
        chat.advanceTo(at(13, 8, 40));
        chat.assertNoMoreReplies();
    }

    @Test
    void aOneToOneReminderWhoseSenderDiedGoesOutOnTheNextSweep() {
        chat.say("paola", "settings agenda off");
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.say("paola", "one-to-one with Anna on Tuesday at 10");
        chat.skipAll();
        chat.advanceTo(at(16, 9, 5)); // Monday: the brief
        chat.skipAll();
        chat.port().crashOnNextSend();
        assertThatThrownBy(() -> chat.advanceTo(at(17, 9, 0))).isInstanceOf(RecordingChatPort.SimulatedCrash.class);
        chat.advanceTo(at(17, 9, 1));
        assertThat(chat.allReplies()).extracting(s -> s.message().text()).filteredOn(t -> t.startsWith("📅"))
                .containsExactly("📅 today 10:00: one-to-one with Anna Rossi (Acme). You met at the expo on Thu 12 Mar.");
    }

    @Test
    void anAgendaStillUndeliveredHoursLateIsSkippedNotSentAtNoon() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.port().refuseSends(DOWN);
        chat.advanceTo(at(13, 8, 30));
        chat.advanceTo(at(13, 10, 30));
        chat.advanceTo(at(13, 10, 31)); // past the agenda's two hours: no more tries

        chat.port().refuseSends(null);
        chat.advanceTo(at(13, 10, 45));
        assertThat(chat.allReplies()).extracting(s -> s.message().text()).noneMatch(t -> t.startsWith("Good morning"))
                .anyMatch(t -> t.contains("Step 1 of 3")); // the prompt itself is retried by the dispatcher
    }

    @Test
    void aRefusedAgendaIsGivenUpNotRetriedEveryMinute() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.nextReply();
        chat.port().refuseSends(new DeliveryException(Reason.REJECTED, "invalid_blocks"));
        chat.advanceTo(at(13, 8, 30));
        chat.advanceTo(at(13, 8, 31));
        chat.advanceTo(at(13, 8, 32));
        assertThat(chat.port().refusedSends()).isEqualTo(1);
    }

    @Test
    void aOneToOnesBriefReminderAndQuestionWaitOutAnOutage() {
        chat.say("paola", "settings agenda off");
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.say("paola", "one-to-one with Anna on Tuesday at 10");
        chat.skipAll();

        chat.port().refuseSends(DOWN);
        chat.advanceTo(at(16, 9, 0)); // Monday: the brief, the working day before
        chat.port().refuseSends(null);
        chat.advanceTo(at(16, 9, 5));
        assertThat(chat.allReplies()).extracting(s -> s.message().text()).filteredOn(t -> t.startsWith("📋"))
                .containsExactly("📋 tomorrow 10:00: one-to-one with Anna Rossi (Acme). Your brief:\n"
                        + "• How you met: at the expo on Thu 12 Mar.\n"
                        + "• No notes yet: ask what Anna is looking for, and what a good referral for them is.\n"
                        + "• No ask set: tell me whom you want to meet (“my ask: …”), so the meeting ends with a specific request.");

        chat.port().refuseSends(DOWN);
        chat.advanceTo(at(17, 9, 0)); // Tuesday morning: the reminder
        chat.port().refuseSends(null);
        chat.advanceTo(at(17, 9, 10));
        chat.advanceTo(at(17, 9, 20));
        assertThat(chat.allReplies()).extracting(s -> s.message().text()).filteredOn(t -> t.startsWith("📅"))
                .containsExactly("📅 today 10:00: one-to-one with Anna Rossi (Acme). You met at the expo on Thu 12 Mar.");

        chat.port().refuseSends(DOWN);
        chat.advanceTo(at(17, 12, 0)); // after the meeting: the question
        chat.port().refuseSends(null);
        chat.advanceTo(at(17, 12, 1));
        chat.advanceTo(at(17, 12, 2));
        assertThat(chat.allReplies()).extracting(s -> s.message().text()).filteredOn(t -> t.startsWith("🤝"))
                .containsExactly("🤝 How did your one-to-one with Anna Rossi go? Any referral to give?");
    }

    @Test
    void aReferralCheckWaitsOutAnOutage() {
        chat.chapter(com.followupbot.chat.ChatId.group("chapter-1"), "paola", "bruno");
        chat.say("paola", "gave Bruno a referral: Anna Rossi from Acme needs a new website");
        chat.skipAll();
        chat.port().refuseSends(DOWN);
        chat.advanceTo(at(16, 9, 0)); // two days on is Saturday: Monday morning
        long refused = chat.port().refusedSends();
        chat.port().refuseSends(null);
        chat.advanceTo(at(16, 9, 1));
        chat.advanceTo(at(16, 9, 2));
        assertThat(refused).isPositive();
        assertThat(chat.allReplies()).extracting(s -> s.message().text()).filteredOn(t -> t.startsWith("🎁"))
                .containsExactly("🎁 Anna Rossi (Acme), Paola’s referral of Thu 12 Mar: have you been in touch with Anna yet?");
    }

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, ROME);
    }
}
