package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Givers Gain between members of one chapter: Paola gives Bruno a referral; Carla, in the same chapter, sees none of it. */
class ReferralsTest {

    private static final ChatId GROUP = ChatId.group("chapter-1");
    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @BeforeEach
    void threeMembersOfOneChapter() {
        chat.chapter(GROUP, "paola", "bruno", "carla");
    }

    @Test
    void theReceiverIsToldAtOnceAndClosedBusinessIsReportedBackWithConsent() {
        chat.say("paola", "gave Bruno a referral: Anna Rossi from Acme needs a new website, hot");
        Sent notice = chat.nextReply();
        assertThat(notice.chat()).isEqualTo(ChatHarness.chatOf("bruno"));
        assertThat(notice.message().text()).startsWith(
                "🎁 Paola gave you a referral: Anna Rossi (Acme) · “needs a new website” · hot.\n"
                        + "Get in touch with Anna within 24 hours. Opener: “Hi Anna, Paola suggested I get in touch");
        assertThat(labels(notice)).containsExactly("Contacted", "Meeting set", "Closed business", "Not a fit");
        Sent recorded = chat.nextReply();
        assertThat(recorded.chat()).isEqualTo(ChatHarness.chatOf("paola"));
        assertThat(recorded.message().text()).isEqualTo(
                "🎁 Referral recorded: Anna Rossi (Acme) → Bruno · “needs a new website” · hot.\n"
                        + "Bruno is in your chapter: I’ve told Bruno. I’ll let you know how it goes.");

        chat.press("bruno", "Contacted");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("🎁 Anna Rossi (Acme): contacted.");
        assertThat(chat.nextText()).isEqualTo("✔ Anna Rossi (Acme): contacted. Noted.");
        assertThat(chat.nextText()).isEqualTo("Shall I tell Paola how it went?");
        chat.press("bruno", "Not now");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("OK, I’ve kept it to myself.");
        chat.assertNoMoreReplies();

        chat.say("bruno", "closed with Anna, 2,500 EUR");
        assertThat(chat.nextText()).isEqualTo("🎉 Closed business with Anna Rossi (Acme): €2,500.");
        assertThat(chat.nextText()).isEqualTo("Thank-you draft: “Paola, thank you for introducing me to Anna — it turned "
                + "into business. I really appreciate it!”");
        assertThat(chat.nextText()).startsWith("💡 A happy client is the best source of referrals.");
        chat.nextEdit(); // the notice shows the outcome
        assertThat(chat.nextText()).isEqualTo("Shall I tell Paola how it went?");
        chat.press("bruno", "Yes, tell Paola");
        Sent report = chat.nextReply();
        assertThat(report.chat()).isEqualTo(ChatHarness.chatOf("paola"));
        assertThat(report.message().text()).isEqualTo("🎉 Bruno closed business with your referral Anna Rossi (Acme): €2,500.\n"
                + "Givers Gain with Bruno: you gave 1 · received 0 · your referrals closed €2,500.");
        assertThat(chat.nextEdit().replacement().text())
                .isEqualTo("Told Paola ✔ From now on I’ll tell Paola how their referrals go.");
        chat.assertNoMoreReplies();

        assertThat(sides()).containsExactlyInAnyOrder(
                Map.of("owner", "Paola", "side", "GIVEN", "status", "closed", "amount", new BigDecimal("2500.00"), "currency", "EUR"),
                Map.of("owner", "Bruno", "side", "RECEIVED", "status", "closed", "amount", new BigDecimal("2500.00"), "currency", "EUR"));
    }

    @Test
    void closedBusinessTypedWithoutANameGoesToTheOnlyOpenReferral() {
        chat.say("paola", "gave Bruno a referral: Anna Rossi from Acme needs a new website");
        chat.skipAll();
        chat.say("bruno", "closed 2,500 EUR");
        assertThat(chat.nextText()).isEqualTo("🎉 Closed business with Anna Rossi (Acme): €2,500.");
        chat.say("paola", "gave Bruno a referral: Luca Bianchi needs solar panels");
        chat.skipAll();
        chat.say("bruno", "gave Carla a referral: Sara Conti wants a new logo");
        chat.skipAll();
        chat.say("bruno", "closed 800 EUR");
        assertThat(chat.nextText()).as("Sara is Carla's to report: only Luca is open for Bruno")
                .isEqualTo("🎉 Closed business with Luca Bianchi: €800.");
    }

    @Test
    void onceConsentedEveryOutcomeGoesToTheGiverWithoutAsking() {
        chat.say("paola", "gave Bruno a referral: Anna Rossi from Acme needs a new website");
        chat.nextReply();
        chat.nextReply();
        chat.press("bruno", "Contacted");
        chat.allReplies();
        chat.press("bruno", "Yes, tell Paola");
        assertThat(chat.nextText()).isEqualTo("🎁 Bruno has been in touch with your referral Anna Rossi (Acme).\n"
                + "Givers Gain with Bruno: you gave 1 · received 0.");
        chat.skipAll();
        chat.say("paola", "gave Bruno a referral: Luca Bianchi needs solar panels");
        chat.skipAll();
        chat.say("bruno", "Luca not a fit");
        assertThat(chat.nextText()).isEqualTo("Noted: Luca Bianchi was not a fit. Thanks for following up all the same.");
        Sent report = chat.nextReply();
        assertThat(report.chat()).isEqualTo(ChatHarness.chatOf("paola"));
        assertThat(report.message().text()).startsWith("Bruno followed up your referral Luca Bianchi: not a fit this time.");
        assertThat(chat.nextText()).isEqualTo("Told Paola ✔");
    }

    @Test
    void aThirdMemberCanNeitherSeeNorPressAnythingOfTheirs() {
        chat.say("paola", "gave Bruno a referral: Anna Rossi from Acme needs a new website");
        Sent notice = chat.nextReply();
        chat.nextReply();
        Button contacted = notice.message().buttons().get(0);
        chat.pressToken("carla", notice, contacted.token());
        assertThat(chat.nextAck().text()).isEqualTo("This button has expired");
        chat.say("carla", "closed with Anna, 2,500 EUR");
        assertThat(chat.nextText()).isEqualTo("I don’t know a referral for Anna. Record one: “Marco gave me a referral to Anna”.");
        chat.assertNoMoreReplies();
        assertThat(sides()).extracting(row -> row.get("status")).containsOnly("open");
    }

    @Test
    void theOwnerIsAskedHowItWentAtTwoSevenAndThirtyDaysUnlessTheStatusAlreadySays() {
        chat.say("paola", "gave Bruno a referral: Anna Rossi from Acme needs a new website");
        chat.skipAll();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 16, 8, 59, 0, 0, ROME));
        chat.assertNoMoreReplies();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, ROME)); // 2 days on is Saturday: Monday morning
        Sent check = chat.nextReply();
        assertThat(check.chat()).isEqualTo(ChatHarness.chatOf("bruno"));
        assertThat(check.message().text()).isEqualTo(
                "🎁 Anna Rossi (Acme), Paola’s referral of Thu 12 Mar: have you been in touch with Anna yet?");
        assertThat(labels(check)).containsExactly("Contacted", "Meeting set", "Closed business", "Not a fit", "Still open");
        chat.press("bruno", "Meeting set");
        chat.skipAll();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 20, 9, 0, 0, 0, ROME)); // day 7: the meeting is set already
        chat.assertNoMoreReplies();
        chat.advanceTo(ZonedDateTime.of(2026, 4, 13, 9, 0, 0, 0, ROME)); // day 30 is Saturday 11 April
        assertThat(chat.allReplies()).extracting(s -> s.message().text()).contains(
                "🎁 Anna Rossi (Acme), Paola’s referral of Thu 12 Mar: did it turn into business?");
        chat.advance(java.time.Duration.ofDays(40));
        assertThat(chat.allReplies()).extracting(s -> s.message().text()).noneMatch(t -> t.contains("Paola’s referral"));
    }

    @Test
    void aReferralToSomeoneWhoIsNotAUserStandsAloneAndTheGiverIsAsked() {
        chat.say("paola", "gave Marco a referral: Luca Bianchi needs an accountant");
        assertThat(chat.nextText()).isEqualTo("🎁 Referral recorded: Luca Bianchi → Marco · “needs an accountant”.\n"
                + "Marco doesn’t use me, so I’ll ask you how it went, starting in 2 days.");
        chat.assertNoMoreReplies();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, ROME));
        Sent check = chat.nextReply();
        assertThat(check.chat()).isEqualTo(ChatHarness.chatOf("paola"));
        assertThat(check.message().text())
                .isEqualTo("🎁 Your referral of Luca Bianchi to Marco (Thu 12 Mar): has Marco been in touch with Luca?");
        chat.press("paola", "Closed business");
        chat.nextEdit();
        assertThat(chat.nextText()).isEqualTo("🎉 Closed business with Luca Bianchi! How much was it worth? Type the amount, "
                + "e.g. “2,500 EUR”.");
        chat.press("paola", "No amount");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("🎉 Closed business with Luca Bianchi.");
        chat.assertNoMoreReplies();
        assertThat(sides()).extracting(row -> row.get("status")).containsExactly("closed");
    }

    @Test
    void aReferralFromSomeoneWhoIsNotAUserIsTheReceiversAlone() {
        chat.say("bruno", "Marco gave me a referral to Luca Bianchi, hot, wants solar panels");
        Sent recorded = chat.nextReply();
        assertThat(recorded.message().text()).isEqualTo("🎁 Referral recorded: Luca Bianchi, from Marco · “wants solar panels”"
                + " · hot.\nGet in touch within 24 hours. I’ll check in with you in 2 days, so you can tell Marco how it went.");
        chat.press("bruno", "Closed business");
        chat.skipAll();
        chat.say("bruno", "1.200 €");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("🎉 Closed business with Luca Bianchi: €1,200.");
        assertThat(chat.nextText()).startsWith("Thank-you draft: “Marco, thank you for introducing me to Luca");
        assertThat(chat.nextText()).endsWith("next time I’ll draft the request to Luca.");
        chat.assertNoMoreReplies();
    }

    @Test
    void undoTakesBackAReferralJustGivenFromBothSides() {
        chat.say("paola", "gave Bruno a referral: Anna Rossi from Acme needs a new website");
        Sent notice = chat.nextReply();
        chat.nextReply();
        chat.say("paola", "undo");
        RecordingEdit edit = new RecordingEdit(chat.nextEdit());
        assertThat(edit.ref()).isEqualTo(notice.ref());
        assertThat(edit.text()).isEqualTo("↩️ Paola took back this referral (Anna Rossi (Acme)).");
        assertThat(chat.nextText()).isEqualTo("Undone: the referral of Anna Rossi (Acme) (Bruno).");
        assertThat(sides()).isEmpty();
        chat.press("bruno", "Contacted");
        assertThat(chat.nextAck().text()).isEqualTo("This button has expired");
    }

    @Test
    void aReferralTypedInTheGroupIsTakenPrivatelyAndTheGroupSeesNoNames() {
        chat.bot().handle(new Inbound.Text(ChatHarness.user("paola"), GROUP,
                "gave Bruno a referral: Anna Rossi from Acme needs a new website"));
        List<Sent> sent = chat.allReplies();
        assertThat(sent).filteredOn(s -> s.chat().equals(GROUP)).singleElement()
                .satisfies(s -> assertThat(s.message().text()).doesNotContain("Anna", "Acme", "Bruno"));
        assertThat(sent).filteredOn(s -> s.chat().equals(ChatHarness.chatOf("bruno"))).hasSize(1);
    }

    @Test
    void theWholeFlowInItalian() {
        chat.say("paola", "impostazioni lingua it");
        chat.say("bruno", "impostazioni lingua it");
        chat.skipAll();
        chat.say("paola", "ho passato a Bruno una referenza: Anna Rossi di Acme cerca un sito");
        Sent notice = chat.nextReply();
        assertThat(notice.chat()).isEqualTo(ChatHarness.chatOf("bruno"));
        assertThat(notice.message().text()).startsWith("🎁 Paola ti ha dato una referenza: Anna Rossi (Acme) · “cerca un sito”.\n"
                + "Contatta Anna entro 24 ore. Per iniziare: “Ciao Anna, Paola mi ha suggerito di contattarti");
        assertThat(labels(notice)).containsExactly("Contattato", "Incontro fissato", "Affare chiuso", "Non interessato");
        assertThat(chat.nextText()).isEqualTo("🎁 Referenza registrata: Anna Rossi (Acme) → Bruno · “cerca un sito”.\n"
                + "Bruno è nel tuo capitolo: l’ho detto a Bruno. Ti farò sapere come va.");
        chat.say("bruno", "chiuso con Anna per 2.500 €");
        assertThat(chat.nextText()).isEqualTo("🎉 Affare chiuso con Anna Rossi (Acme): 2.500 €.");
        assertThat(chat.nextText()).isEqualTo("Bozza di ringraziamento: “Paola, grazie per avermi presentato Anna: è diventato "
                + "un affare. Lo apprezzo davvero!”");
        assertThat(chat.nextText()).startsWith("💡 Un cliente soddisfatto è la migliore fonte di referenze.");
        chat.nextEdit();
        assertThat(chat.nextText()).isEqualTo("Lo dico a Paola com’è andata?");
        chat.press("bruno", "Sì, dillo a Paola");
        assertThat(chat.nextText()).isEqualTo("🎉 Bruno ha chiuso un affare con la tua referenza Anna Rossi (Acme): 2.500 €.\n"
                + "Givers Gain con Bruno: hai dato 1 · ricevuto 0 · le tue referenze hanno chiuso 2.500 €.");
        chat.say("paola", "referenze");
        chat.nextEdit();
        assertThat(chat.nextText()).isEqualTo("🎁 Givers Gain\nBruno: hai dato 1 (1 chiuse, 2.500 €) · ricevuto 0");
    }

    @Test
    void theLedgerShowsEachMemberAndTheOpenReferrals() {
        chat.say("paola", "gave Bruno a referral: Anna Rossi from Acme needs a new website");
        chat.say("paola", "gave Marco a referral: Luca Bianchi needs an accountant");
        chat.say("bruno", "Paola gave me a referral to Sara Conti, warm, wants a new logo");
        chat.say("bruno", "closed with Anna, 1,500 EUR");
        chat.allReplies();
        chat.press("bruno", "Yes, tell Paola");
        chat.skipAll();
        chat.say("paola", "referrals");
        assertThat(chat.nextText()).isEqualTo("""
                🎁 Givers Gain
                Bruno: you gave 2 (1 closed, €1,500) · received 0
                Marco (not on the bot): you gave 1 · received 0
                Open:
                • Sara Conti (Bruno logged it) → Bruno: still open
                • Luca Bianchi → Marco: still open""".replace(" (Bruno logged it)", ""));
        chat.say("bruno", "referrals");
        assertThat(chat.nextText()).isEqualTo("""
                🎁 Givers Gain
                Paola: you gave 0 · received 2 (1 closed, €1,500)
                Open:
                • Sara Conti ← Paola: still open""");
        chat.say("paola", "referrals with Marco");
        assertThat(chat.nextText()).isEqualTo("""
                🎁 Givers Gain
                Marco (not on the bot): you gave 1 · received 0
                Open:
                • Luca Bianchi → Marco: still open""");
        chat.say("carla", "referrals");
        assertThat(chat.nextText()).startsWith("No referrals yet.");
        chat.say("bruno", "settings trade web designer");
        chat.skipAll();
        chat.say("carla", "chapter");
        assertThat(chat.nextText())
                .isEqualTo("Your chapter on the bot: Bruno (web designer), Paola (2). Give first: “gave Bruno a referral: …”.");
    }

    @Test
    void aContactsCardOffersToReferThemToAChapterMember() {
        chat.say("paola", "met Anna Rossi from Acme at the expo — needs a new website");
        chat.nextReply();
        chat.press("Looks right");
        chat.skipAll();
        chat.say("paola", "who is Anna");
        Sent card = chat.nextReply();
        assertThat(labels(card)).containsExactly("Refer Anna…");
        chat.press("paola", "Refer Anna…");
        Sent choice = chat.nextReply();
        assertThat(choice.message().text()).isEqualTo("Refer Anna Rossi to whom?");
        assertThat(labels(choice)).containsExactlyInAnyOrder("Bruno", "Carla", "Someone else");
        chat.press("paola", "Bruno");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("✔ Bruno");
        Sent notice = chat.nextReply();
        assertThat(notice.chat()).isEqualTo(ChatHarness.chatOf("bruno"));
        assertThat(notice.message().text()).startsWith("🎁 Paola gave you a referral: Anna Rossi (Acme) · “needs a new website”.");
        assertThat(chat.nextText()).startsWith("🎁 Referral recorded: Anna Rossi (Acme) → Bruno");
    }

    @Test
    void aNeedHeardAtAMeetingSuggestsTheMembersAndContactsWhoseTradeAnswersIt() {
        chat.say("bruno", "settings trade web designer");
        assertThat(chat.nextText()).startsWith("Saved: your trade is “web designer”.");
        chat.say("carla", "settings trade accountant");
        chat.say("paola", "met Marco Neri (web developer, Pixel Srl) at the breakfast");
        chat.allReplies();
        chat.press("paola", "Looks right");
        chat.skipAll();
        chat.say("paola", "met Anna Rossi from Acme at the expo — needs a new website");
        chat.allReplies();
        chat.press("paola", "Looks right");
        chat.nextEdit();
        List<Sent> suggestions = chat.allReplies();
        assertThat(suggestions).extracting(s -> s.message().text()).containsExactly(
                "💡 Give first: Bruno is a web designer. Introduce Bruno to Anna?",
                "💡 Give first: Marco Neri is a web developer. Introduce Marco Neri to Anna?");
        chat.skipAll();
        chat.pressToken("paola", suggestions.get(0), suggestions.get(0).message().buttons().get(0).token());
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("✔ Bruno");
        Sent notice = chat.nextReply();
        assertThat(notice.chat()).isEqualTo(ChatHarness.chatOf("bruno"));
        assertThat(notice.message().text()).startsWith("🎁 Paola gave you a referral: Anna Rossi (Acme) · “needs a new website”.");
        assertThat(chat.nextText()).startsWith("🎁 Referral recorded: Anna Rossi (Acme) → Bruno");
        assertThat(chat.nextText()).isEqualTo("Introduction draft: “Hi Anna, hi Bruno! Anna, Bruno is the web designer I "
                + "mentioned: I think you should talk. Bruno, Anna Rossi told me: “needs a new website”. I’ll let you two take it "
                + "from here.”");
        chat.nextAck();
        chat.pressToken("paola", suggestions.get(0), suggestions.get(0).message().buttons().get(0).token());
        assertThat(chat.nextAck().text()).as("pressed twice").isEqualTo("Already answered");
        chat.assertNoMoreReplies();
        chat.pressToken("paola", suggestions.get(1), suggestions.get(1).message().buttons().get(0).token());
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("✔ Marco Neri");
        assertThat(chat.nextText()).isEqualTo("🎁 Referral recorded: Anna Rossi (Acme) → Marco Neri · “needs a new website”.\n"
                + "Marco Neri doesn’t use me, so I’ll ask you how it went, starting in 2 days.");
        assertThat(chat.nextText()).startsWith("Introduction draft: “Hi Anna, hi Marco! Anna, Marco Neri is the web developer");
    }

    @Test
    void anOutcomeWordAboutAContactWithoutAReferralAnswersTheirFollowUp() {
        chat.say("paola", "met Anna Rossi from Acme at the expo");
        chat.allReplies();
        chat.press("paola", "Looks right");
        chat.advanceTo(ZonedDateTime.of(2026, 4, 13, 9, 0, 0, 0, ROME));
        chat.skipAll();
        chat.say("paola", "meeting set with Anna");
        assertThat(chat.allReplies()).extracting(s -> s.message().text())
                .anyMatch(t -> t.startsWith("Great! When is the one-to-one?"));
    }

    @Test
    void aMemberWhoOnlyWroteInTheGroupIsToldWhenTheyFirstWriteInPrivate() {
        chat.bot().handle(new Inbound.Command(ChatHarness.user("dora"), GROUP, "help", ""));
        chat.skipAll();
        chat.say("paola", "gave Dora a referral: Anna Rossi from Acme needs a new website");
        assertThat(chat.nextText()).isEqualTo("🎁 Referral recorded: Anna Rossi (Acme) → Dora · “needs a new website”.\n"
                + "Dora is in your chapter but hasn’t opened a private chat with me yet: I’ll tell Dora as soon as Dora "
                + "writes to me there.");
        chat.assertNoMoreReplies();
        chat.say("dora", "hello");
        List<Sent> toDora = chat.allReplies();
        assertThat(toDora).extracting(s -> s.message().text())
                .anyMatch(t -> t.startsWith("🎁 Paola gave you a referral: Anna Rossi (Acme)"));
        chat.say("dora", "hello again");
        assertThat(chat.allReplies()).extracting(s -> s.message().text()).noneMatch(t -> t.contains("gave you a referral"));
    }

    @Test
    void aReceiverWhoLinksTwoAppsKeepsTheirReferralsAndTheGiverStillHearsBack() {
        com.followupbot.chat.ChatUser onSlack = new com.followupbot.chat.ChatUser(com.followupbot.chat.Platform.SLACK,
                "T1:U77", "Dario", "en", "Europe/Rome");
        com.followupbot.chat.ChatUser onTelegram = com.followupbot.chat.ChatUser.of(com.followupbot.chat.Platform.TELEGRAM,
                "77", "Dario");
        chat.bot().handle(new Inbound.Text(onSlack, ChatId.privateChat("T1:D77"), "help"));
        chat.bot().handle(new Inbound.Command(onSlack, GROUP, "help", ""));
        chat.bot().handle(new Inbound.Text(onTelegram, ChatId.privateChat("77"), "help"));
        chat.say("paola", "gave Dario a referral: Anna Rossi from Acme needs a new website");
        chat.skipAll();
        chat.bot().handle(new Inbound.Text(onTelegram, ChatId.privateChat("77"), "link"));
        String code = java.util.regex.Pattern.compile("([A-Z2-9]{6})").matcher(chat.nextText()).results()
                .findFirst().orElseThrow().group(1);
        chat.bot().handle(new Inbound.Text(onSlack, ChatId.privateChat("T1:D77"), "settings trade photographer"));
        chat.bot().handle(new Inbound.Text(onSlack, ChatId.privateChat("T1:D77"), "link " + code));
        chat.skipAll();
        chat.say("paola", "chapter");
        assertThat(chat.nextText()).as("what Dario said on Slack stays after the link").contains("Dario (photographer)");
        chat.bot().handle(new Inbound.Text(onTelegram, ChatId.privateChat("77"), "closed with Anna, 900 EUR"));
        Sent ask = chat.allReplies().stream().filter(s -> s.message().text().equals("Shall I tell Paola how it went?"))
                .findFirst().orElseThrow();
        chat.bot().handle(new Inbound.Press(onTelegram, ask.chat(), ask.message().buttons().get(0).token(), ask.ref(), "ack"));
        assertThat(chat.allReplies()).filteredOn(s -> s.chat().equals(ChatHarness.chatOf("paola")))
                .extracting(s -> s.message().text())
                .containsExactly("🎉 Dario closed business with your referral Anna Rossi (Acme): €900.\n"
                        + "Givers Gain with Dario: you gave 1 · received 0 · your referrals closed €900.");
    }

    private record RecordingEdit(com.followupbot.chat.MessageRef ref, String text) {
        RecordingEdit(com.followupbot.testing.RecordingChatPort.Edit edit) {
            this(edit.ref(), edit.replacement().text());
        }
    }

    private List<Map<String, Object>> sides() {
        return chat.jdbi().withHandle(h -> h.createQuery("""
                select i.display_name as owner, r.side, r.status, r.amount, r.currency
                from referral r join user_identity i on i.user_id = r.user_id order by r.id
                """).mapToMap().list()).stream().map(row -> {
                    Map<String, Object> clean = new java.util.HashMap<>();
                    row.forEach((k, v) -> {
                        if (v != null) {
                            clean.put(k, v);
                        }
                    });
                    return (Map<String, Object>) clean;
                }).toList();
    }

    private static List<String> labels(Sent sent) {
        return sent.message().buttons().stream().map(Button::label).toList();
    }
}
