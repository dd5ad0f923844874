package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Givers Gain on Slack: two members of a chapter's channel. The receiver, who has only written in the channel,
 * is told in a DM the bot opens itself, answers with Block Kit buttons and a typed amount, and with consent
 * the giver hears back in theirs; nothing reaches the channel.
 */
class SlackReferralTest {

    private static final String CHAPTER = "C0CHAPTER";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final SlackUser paola = new SlackUser("U0PAOLA", "Paola");
    private final SlackUser bruno = new SlackUser("U0BRUNO", "Bruno");

    private SlackTestBot slack;

    @BeforeEach
    void start() throws Exception {
        slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening());
        slack.api.person(paola.id(), "Paola Bianchi", "Europe/Rome", "en-US");
        slack.api.person(bruno.id(), "Bruno Verdi", "Europe/Rome", "en-US");
        slack.deliver(bruno.mentions(CHAPTER, "help"));
        slack.deliver(paola.mentions(CHAPTER, "help"));
        slack.awaitSent(2);
        // a channel's turn commits after its reply: the referral below needs both members in the chapter
        await().atMost(PATIENCE).until(() -> slack.count("select count(*) from user_chapter") == 2);
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void theReceiverIsToldInADmTheBotOpensAndTheGiverHearsBackWithConsent() {
        slack.deliver(paola.says("gave Bruno a referral: Anna Rossi from Acme needs a new website"));

        SlackMessage notice = awaitTo(bruno.dm(), "🎁 Paola Bianchi gave you a referral: Anna Rossi (Acme)");
        assertThat(notice.sections()).contains("“needs a new website”", "Opener: “Hi Anna, Paola Bianchi suggested");
        assertThat(notice.labels()).containsExactly("Contacted", "Meeting set", "Closed business", "Not a fit");
        assertThat(slack.api.forms("conversations.open")).anySatisfy(open -> assertThat(open).containsEntry("users", bruno.id()));
        awaitTo(paola.dm(), "🎁 Referral recorded: Anna Rossi (Acme) → Bruno Verdi");

        slack.deliver(bruno.clicks(notice, "Closed business"));
        awaitTo(bruno.dm(), "🎉 Closed business with Anna Rossi (Acme)! How much was it worth?");
        slack.deliver(bruno.says("2,500 EUR"));
        SlackMessage ask = awaitTo(bruno.dm(), "Shall I tell Paola Bianchi how it went?");
        slack.deliver(bruno.clicks(ask, "Yes, tell Paola"));

        SlackMessage report = awaitTo(paola.dm(), "🎉 Bruno Verdi closed business with your referral Anna Rossi (Acme): €2,500.");
        assertThat(report.sections()).contains("Givers Gain with Bruno: you gave 1 · received 0 · your referrals closed €2,500.");
        assertThat(slack.sentTo(CHAPTER)).extracting(SlackMessage::sections).noneMatch(s -> s.contains("Acme") || s.contains("website"));
    }

    private SlackMessage awaitTo(String channel, String start) {
        await().atMost(PATIENCE).until(() -> slack.sentTo(channel).stream().anyMatch(m -> m.sections().startsWith(start)));
        return slack.sentTo(channel).stream().filter(m -> m.sections().startsWith(start)).findFirst().orElseThrow();
    }
}
