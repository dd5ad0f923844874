package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chapter.ChapterSchedule;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The weekly digest a chapter's group gets: totals of the members' week; names only of those who asked. */
class ChapterDigestTest {

    private static final ChatId GROUP = ChatId.group("chapter-1");
    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @BeforeEach
    void threeMembersOfOneChapter() {
        chat.chapter(GROUP, "paola", "bruno", "carla");
    }

    @Test
    void eachChapterHasAWeeklySlotInItsOwnZone() {
        assertThat(chat.bot().chapterDigestSchedules())
                .containsExactly(new ChapterSchedule("chapter-1", ROME, DayOfWeek.FRIDAY, LocalTime.of(17, 0)));
    }

    @Test
    void theGroupCanMoveOrStopItsDigest() {
        inGroup("bruno", "digest", "");
        assertThat(chat.nextText()).isEqualTo("📊 This chapter’s weekly digest goes out on Fridays at 17:00 (Europe/Rome). "
                + "To move it: “/digest monday 8:30”; to stop it: “/digest off”.");
        inGroup("bruno", "digest", "monday 8:30");
        Sent moved = chat.nextReply();
        assertThat(moved.chat()).isEqualTo(GROUP);
        assertThat(moved.message().text()).isEqualTo("📊 Bruno moved the weekly digest: Mondays at 08:30 (Europe/Rome).");
        assertThat(chat.bot().chapterDigestSchedules())
                .containsExactly(new ChapterSchedule("chapter-1", ROME, DayOfWeek.MONDAY, LocalTime.of(8, 30)));
        inGroup("bruno", "digest", "someday");
        assertThat(chat.nextText()).startsWith("Give a day and a time");
        inGroup("bruno", "digest", "off");
        assertThat(chat.nextText()).startsWith("📊 Bruno turned the weekly digest off.");
        assertThat(chat.bot().chapterDigestSchedules()).isEmpty();
        assertThat(chat.bot().sendChapterDigest("chapter-1")).isFalse();
    }

    private void inGroup(String member, String command, String args) {
        chat.bot().handle(new Inbound.Command(ChatHarness.user(member), GROUP, command, args));
    }

    @Test
    void theDigestGivesTheWeeksTotalsAndNamesOnlyMembersOnTheLeaderboard() {
        chat.say("paola", "settings leaderboard on");
        assertThat(chat.nextText()).startsWith("Saved: the chapter’s weekly digest will name you");
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.allReplies();
        chat.press("paola", "Looks right");
        chat.say("paola", "gave Bruno a referral: Luca Bianchi needs solar panels");
        chat.say("bruno", "gave Carla a referral: Sara Conti wants a new logo");
        chat.say("bruno", "closed with Luca, 2,500 EUR");
        chat.allReplies();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        chat.allReplies();
        chat.press("paola", "Done");
        chat.skipAll();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 17, 0, 0, 0, ROME));
        chat.skipAll();

        assertThat(chat.bot().sendChapterDigest("chapter-1")).isTrue();
        Sent digest = chat.nextReply();
        assertThat(digest.chat()).isEqualTo(GROUP);
        assertThat(digest.message().text()).isEqualTo("""
                📊 The chapter’s week, Mon 9 Mar – Sun 15 Mar
                🎁 2 referrals given · 🤝 0 one-to-ones · 🎉 closed business €2,500
                ✅ Follow-ups done: 1 of 1 due (100%)
                🏆 Paola: 🎁 1 · 🤝 0
                Names appear only for members who ask: write to me privately “settings leaderboard on”.""");
        assertThat(digest.message().text()).doesNotContain("Luca", "Sara", "Bruno", "Carla");
        assertThat(chat.bot().sendChapterDigest("chapter-1")).as("once a week").isFalse();
        chat.assertNoMoreReplies();
    }

    @Test
    void aQuietWeekSaysSoAndTheLeaderboardCanBeLeftAgain() {
        chat.say("paola", "settings leaderboard on");
        chat.say("paola", "undo");
        chat.skipAll();
        chat.say("paola", "gave Bruno a referral: Luca Bianchi needs solar panels");
        chat.skipAll();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 17, 0, 0, 0, ROME));
        chat.skipAll();
        chat.bot().sendChapterDigest("chapter-1");
        assertThat(chat.nextText()).doesNotContain("🏆");
        chat.advanceTo(ZonedDateTime.of(2026, 3, 20, 17, 0, 0, 0, ROME));
        chat.skipAll();
        chat.bot().sendChapterDigest("chapter-1");
        assertThat(chat.nextText()).startsWith("📊 The chapter’s week, Mon 16 Mar – Sun 22 Mar: a quiet one.");
        assertThat(chat.bot().sendChapterDigest("no-such-chapter")).isFalse();
    }
}
