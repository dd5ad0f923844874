package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.Storage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chapter group with privacy mode on: the bot sees only /cmd@bot there. The group gets a short
 * acknowledgement with no personal data; the meeting goes to the member's private chat, or, for a
 * member who never opened one, behind a t.me link that finishes the capture on start.
 */
class ChapterGroupTest {

    private static final long GROUP = -1001234567890L;
    private final TelegramUser paola = new TelegramUser(4242, "Paola", "en");
    private final TelegramUser marco = new TelegramUser(5151, "Marco", "en");
    private final TelegramUser luca = new TelegramUser(6262, "Luca", "en");

    @Test
    void aMeetingLoggedInTheGroupIsAcknowledgedThereAndConfirmedInPrivate() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            telegram.deliver(paola.says("/start"));
            telegram.awaitSent(1);
            var met = paola.saysInGroup(GROUP, "/met@FollowUpTestBot Anna Rossi from Acme at the expo — needs a website");
            telegram.deliver(met);

            TelegramMessage confirmation = telegram.awaitSent(2);
            assertThat(confirmation.chatId()).isEqualTo(4242);
            assertThat(confirmation.text()).contains("Anna Rossi", "Acme", "needs a website");
            assertThat(confirmation.labels()).containsExactly("Looks right", "Fix", "Undo");
            TelegramMessage ack = telegram.awaitSent(3);
            assertThat(ack.chatId()).isEqualTo(GROUP);
            assertThat(ack.text()).isEqualTo("✔ Paola logged a meeting: the details are in our private chat.");
            assertThat(ack.keyboard().isMissingNode()).isTrue();
            assertThat(telegram.sentTo(GROUP)).extracting(TelegramMessage::text)
                    .allSatisfy(text -> assertThat(text).doesNotContain("Anna", "Rossi", "Acme", "expo", "website"));
            telegram.awaitHandled(met);
            assertThat(chaptersOf(telegram, paola)).containsExactly(String.valueOf(GROUP));
        }
    }

    @Test
    void aMemberWithoutAPrivateChatGetsALinkThatFinishesTheCaptureThere() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            var met = marco.saysInGroup(GROUP, "/met@FollowUpTestBot Giulia Verdi at the BNI breakfast");
            telegram.deliver(met);
            TelegramMessage offer = telegram.awaitSent(1);
            assertThat(offer.chatId()).isEqualTo(GROUP);
            assertThat(offer.text()).startsWith("Marco, I keep your contacts only in a private chat").doesNotContain("Giulia");
            assertThat(offer.labels()).containsExactly("Open a private chat with me");
            String link = offer.url("Open a private chat with me");
            assertThat(link).startsWith("https://t.me/FollowUpTestBot?start=");
            String payload = link.substring(link.indexOf("start=") + "start=".length());
            assertThat(payload).matches("[A-Za-z0-9_-]{1,64}");
            telegram.awaitHandled(met);
            assertThat(chaptersOf(telegram, marco)).containsExactly(String.valueOf(GROUP));

            // the whole group sees the link: anyone else who opens it gets a plain welcome, nothing of Marco's
            telegram.deliver(luca.says("/start " + payload));
            TelegramMessage welcome = telegram.awaitSent(2);
            assertThat(welcome.chatId()).isEqualTo(6262);
            assertThat(welcome.text()).startsWith("I help you follow up").doesNotContain("Giulia");

            telegram.deliver(marco.says("/start " + payload));
            TelegramMessage captured = telegram.awaitSent(3);
            assertThat(captured.chatId()).isEqualTo(5151);
            assertThat(captured.text()).contains("Giulia Verdi", "BNI breakfast");
            assertThat(captured.labels()).containsExactly("Looks right", "Fix", "Undo");

            telegram.deliver(marco.says("/start " + payload));
            assertThat(telegram.awaitSent(4).text()).as("the link finishes the capture once").startsWith("I help you follow up");
        }
    }

    @Test
    void groupCommandsAnswerInPrivateAndThoseForOtherBotsAreLeftAlone() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            telegram.deliver(paola.says("/start"));
            telegram.awaitSent(1);
            telegram.deliver(paola.saysInGroup(GROUP, "/met@SomeOtherBot Anna at the expo"));
            telegram.deliver(paola.saysInGroup(GROUP, "/today@FollowUpTestBot"));
            telegram.deliver(paola.saysInGroup(GROUP, "/help@FollowUpTestBot"));

            assertThat(telegram.awaitSent(2).chatId()).isEqualTo(4242);
            assertThat(telegram.awaitSent(2).text()).startsWith("Nothing due today");
            assertThat(telegram.awaitSent(3).text()).isEqualTo("✔ Paola, I answered you in our private chat.");
            TelegramMessage intro = telegram.awaitSent(4);
            assertThat(intro.chatId()).isEqualTo(GROUP);
            assertThat(intro.text()).startsWith("Hi! I help this chapter follow up");
            assertThat(intro.url("Open a private chat with me")).isEqualTo("https://t.me/FollowUpTestBot");
            assertThat(telegram.api.sent()).as("the command for another bot got no answer").hasSize(4);
            assertThat(telegram.count("select count(*) from contact")).isZero();

            List<Long> groupTimes = telegram.api.stamped("sendmessage").stream()
                    .filter(call -> call.body().get("chat_id").asLong() == GROUP)
                    .map(call -> call.at().toEpochMilli()).toList();
            assertThat(groupTimes).hasSize(2);
            assertThat(groupTimes.get(1) - groupTimes.get(0)).as("a group gets at most 20 messages a minute")
                    .isGreaterThanOrEqualTo(3000);
        }
    }

    @Test
    void aMemberWhoBlockedTheBotGetsTheLinkAndResumesByOpeningIt() throws Exception {
        try (TelegramTestBot telegram = TelegramTestBot.longPolling(TelegramTestBot.thursdayEvening())) {
            telegram.deliver(paola.says("/start"));
            telegram.awaitSent(1);
            var blocked = Failures.blockedBy(telegram.api, paola.id());

            var met = paola.saysInGroup(GROUP, "/met@FollowUpTestBot Anna Rossi at the expo");
            telegram.deliver(met);
            TelegramMessage offer = telegram.awaitSent(2);
            assertThat(offer.chatId()).isEqualTo(GROUP);
            assertThat(offer.text()).startsWith("Paola, I keep your contacts only in a private chat");
            String link = offer.url("Open a private chat with me");

            telegram.awaitHandled(met);
            telegram.api.server().removeStub(blocked);
            telegram.deliver(paola.says("/start " + link.substring(link.indexOf("start=") + 6)));
            TelegramMessage captured = telegram.awaitSent(3);
            assertThat(captured.chatId()).isEqualTo(4242);
            assertThat(captured.text()).contains("Anna Rossi");
        }
    }

    static List<String> chaptersOf(TelegramTestBot telegram, TelegramUser user) {
        return Storage.jdbi(telegram.database).withHandle(handle -> handle.createQuery("""
                        select c.chat_id from user_chapter c join user_identity i on i.user_id = c.user_id
                        where i.platform = 'TELEGRAM' and i.platform_user_id = :id
                        """).bind("id", String.valueOf(user.id())).mapTo(String.class).list());
    }
}
