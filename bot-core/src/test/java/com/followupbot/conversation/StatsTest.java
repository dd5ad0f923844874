package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.Inbound;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.SentFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "stats": Paola's fortnight after the expo (two people met, a note late and three steps on time, a one-to-one,
 * referrals both ways, business closed on each side) read back as a summary and a chart; Bruno, in her chapter,
 * sees only his own side; Carla, new, sees no empty chart.
 */
class StatsTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @BeforeEach
    void twoMembersOfOneChapter() {
        for (String member : List.of("paola", "bruno")) {
            chat.say(member, "help");
            chat.bot().handle(new Inbound.Command(ChatHarness.user(member), ChatId.group("chapter-1"), "help", ""));
        }
        chat.skipAll();
    }

    /** Paola's first fortnight: see the class comment. Ends Friday 20 March 2026, noon. */
    static void aFortnightAfterTheExpo(ChatHarness chat) {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.say("paola", "met Luca Bianchi at the expo");
        chat.say("paola", "gave Marco a referral: Elena Blu needs a lawyer");     // Thursday 12: last week's slip
        chat.advanceTo(at(3, 13, 9, 0));
        chat.say("paola", "emailed Anna");                                         // due Fri 13 09:00, on time
        chat.advanceTo(at(3, 17, 10, 0));
        chat.say("paola", "emailed Luca");                                         // on time until Mon 16 18:00: late
        chat.say("paola", "gave Bruno a referral: Marco Neri from Delta needs an accountant, hot");
        chat.say("bruno", "gave Paola a referral: Sara Gialli from Beta needs a website");
        chat.say("paola", "closed with Sara, 2,500 EUR");
        chat.say("paola", "booked a one-to-one with Anna for Thursday at 10");
        chat.say("bruno", "closed with Marco, 1,200 EUR");
        chat.allReplies();
        chat.press("bruno", "Yes, tell Paola");                                   // Paola's side learns the €1,200
        chat.advanceTo(at(3, 19, 9, 0));
        chat.say("paola", "connected with Anna on LinkedIn");                      // both on time
        chat.say("paola", "connected with Luca on LinkedIn");
        chat.advanceTo(at(3, 20, 12, 0));
        chat.skipAll();
    }

    @Test
    void theChartComesFirstThenTheSummaryOfThisMonthTheYearBeforeAndTheStreak() throws IOException {
        aFortnightAfterTheExpo(chat);
        chat.say("paola", "stats");
        SentFile chart = chat.port().pollSentFile();
        assertThat(chart.chat()).isEqualTo(ChatHarness.chatOf("paola"));
        assertThat(chart.fileName()).isEqualTo("stats-2026-03.png");
        assertThat(chart.mediaType()).isEqualTo("image/png");
        assertThat(chart.caption()).isEqualTo(
                "📊 Your last 13 months: people met, one-to-ones and referrals as bars, follow-ups on time as the line.");
        assertIsAChart(chart.bytes());
        assertThat(chat.nextText()).isEqualTo("""
                📊 Your stats
                This month (March 2026):
                • Follow-ups on time: 75% (3 of 4)
                • Contacts met: 2 · one-to-ones: 1
                • Referrals given: 2 · received: 1
                • TYFCB: €2,500 on referrals you received · €1,200 on referrals you gave
                The 12 months before (Mar 2025 – Feb 2026): nothing logged.
                🔥 Habit streak: 1 week with every follow-up on time.
                On time: done by the end of the working day after it was due.""");
        chat.assertNoMoreReplies();
        assertThat(chat.port().pollSentFile()).isNull();
    }

    @Test
    void theStreakSkipsAWeekWithNothingDueAndTheMonthBeforeAddsUp() {
        aFortnightAfterTheExpo(chat);
        chat.advanceTo(at(3, 30, 10, 0));                   // nothing was due the week of 23 March
        chat.say("paola", "met Carla Verdi at the BNI breakfast");
        chat.advanceTo(at(3, 31, 9, 0));
        chat.say("paola", "emailed Carla");
        chat.skipAll();
        chat.say("paola", "stats");
        assertThat(chat.nextText()).contains("• Follow-ups on time: 80% (4 of 5)", "• Contacts met: 3 · one-to-ones: 1",
                "🔥 Habit streak: 2 weeks in a row with every follow-up on time.");

        chat.advanceTo(ZonedDateTime.of(2026, 4, 1, 9, 0, 0, 0, ROME));
        chat.skipAll();
        chat.say("paola", "my stats");
        assertThat(chat.nextText()).isEqualTo("""
                📊 Your stats
                This month (April 2026):
                • Follow-ups on time: none due yet
                • Contacts met: 0 · one-to-ones: 0
                • Referrals given: 0 · received: 0
                • TYFCB: no closed business yet
                The 12 months before (Apr 2025 – Mar 2026):
                • Follow-ups on time: 80% (4 of 5)
                • Contacts met: 3 · one-to-ones: 1
                • Referrals given: 2 · received: 1
                • TYFCB: €2,500 on referrals you received · €1,200 on referrals you gave
                🔥 Habit streak: 2 weeks in a row with every follow-up on time.
                On time: done by the end of the working day after it was due.""");
        assertThat(chat.port().files()).extracting(SentFile::fileName).containsExactly("stats-2026-03.png", "stats-2026-04.png");
    }

    @Test
    void aLateFollowUpThisWeekEndsTheStreak() {
        aFortnightAfterTheExpo(chat);
        chat.advanceTo(at(3, 23, 10, 0));
        chat.say("paola", "met Carla Verdi at the BNI breakfast");
        chat.advanceTo(at(3, 26, 10, 0));                   // the note was due Tuesday: Wednesday 18:00 has passed
        chat.skipAll();
        chat.say("paola", "progress");
        assertThat(chat.nextText()).contains("• Follow-ups on time: 60% (3 of 5)",
                "🔥 Habit streak: not yet. Do this week’s follow-ups on time to start one.");
    }

    @Test
    void aMeetingLoggedLateIsNotLateForStepsDueBeforeItWasLogged() {
        chat.say("paola", "met Marco Neri at the chamber breakfast 10 days ago");
        chat.nextReply();
        chat.press("Already done");
        chat.skipAll();
        chat.say("paola", "stats");
        assertThat(chat.nextText()).contains("• Follow-ups on time: 100% (2 of 2)", "• Contacts met: 1 · one-to-ones: 0",
                "🔥 Habit streak: 1 week with every follow-up on time.");
    }

    @Test
    void eachMemberCountsOnlyTheirOwnRows() {
        aFortnightAfterTheExpo(chat);
        chat.say("bruno", "statistics");
        assertThat(chat.port().pollSentFile().chat()).isEqualTo(ChatHarness.chatOf("bruno"));
        assertThat(chat.nextText()).isEqualTo("""
                📊 Your stats
                This month (March 2026):
                • Follow-ups on time: none due yet
                • Contacts met: 0 · one-to-ones: 0
                • Referrals given: 1 · received: 1
                • TYFCB: €1,200 on referrals you received
                The 12 months before (Mar 2025 – Feb 2026): nothing logged.
                🔥 Habit streak: not yet. Do this week’s follow-ups on time to start one.
                On time: done by the end of the working day after it was due.""");
    }

    @Test
    void askedInTheChapterGroupTheStatsGoToThePrivateChat() {
        aFortnightAfterTheExpo(chat);
        chat.bot().handle(new Inbound.Command(ChatHarness.user("paola"), ChatId.group("chapter-1"), "stats", ""));
        assertThat(chat.port().pollSentFile().chat()).isEqualTo(ChatHarness.chatOf("paola"));
        List<String> replies = chat.allReplies().stream()
                .map(s -> s.chat().value() + ": " + s.message().text().lines().findFirst().orElseThrow()).toList();
        assertThat(replies).containsExactlyInAnyOrder("dm-paola: 📊 Your stats", "chapter-1: ✔ Paola, I answered you in our private chat.");
    }

    @Test
    void someoneWithNothingLoggedGetsAWordAndNoEmptyChart() {
        aFortnightAfterTheExpo(chat);
        chat.say("carla", "/stats");
        assertThat(chat.nextText()).isEqualTo("📊 No stats yet: nothing logged in the last 13 months. Tell me whom you met "
                + "(“met Anna Rossi at the expo”) and your follow-ups, one-to-ones and referrals will add up here.");
        assertThat(chat.port().files()).isEmpty();
    }

    @Test
    void whenThePlatformRefusesTheChartTheWordsStillArriveAndSaySo() {
        aFortnightAfterTheExpo(chat);
        chat.port().refuseFiles(new DeliveryException(DeliveryException.Reason.REJECTED, "missing_scope: files:write"));
        chat.say("paola", "stats");
        assertThat(chat.nextText()).startsWith("📊 Your stats\nThis month (March 2026):\n")
                .endsWith("On time: done by the end of the working day after it was due.\n"
                        + "(I couldn’t send the chart here: this chat didn’t accept the picture.)");
        assertThat(chat.port().files()).isEmpty();
    }

    @Test
    void inItalian() throws IOException {
        aFortnightAfterTheExpo(chat);
        chat.say("paola", "impostazioni lingua it");
        chat.skipAll();
        chat.say("paola", "le mie statistiche");
        SentFile chart = chat.port().pollSentFile();
        assertThat(chart.caption()).isEqualTo(
                "📊 I tuoi ultimi 13 mesi: persone conosciute, one-to-one e referenze come barre, follow-up in tempo come linea.");
        assertIsAChart(chart.bytes());
        assertThat(chat.nextText()).isEqualTo("""
                📊 Le tue statistiche
                Questo mese (marzo 2026):
                • Follow-up in tempo: 75% (3 su 4)
                • Persone conosciute: 2 · one-to-one: 1
                • Referenze date: 2 · ricevute: 1
                • TYFCB: 2.500 € dalle referenze ricevute · 1.200 € dalle referenze che hai dato
                I 12 mesi precedenti (mar 2025 – feb 2026): niente di registrato.
                🔥 Serie: 1 settimana con tutti i follow-up in tempo.
                In tempo: fatto entro la fine del giorno lavorativo dopo la scadenza.""");
        chat.say("paola", "/statistiche");
        assertThat(chat.nextText()).startsWith("📊 Le tue statistiche");
    }

    /** A 1200×675 PNG with a drawing on it: bars, a line, words, antialiasing (a blank image has one colour). */
    static void assertIsAChart(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(675);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(50);
    }

    static ZonedDateTime at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ROME);
    }
}
