package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort;
import java.util.List;
import com.followupbot.testing.RecordingChatPort.Sent;
import com.followupbot.testing.RowCounts;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One person on Telegram and Slack: a code from one, typed on the other, makes them one user with one
 * contact list; prompts go where they wrote last or where they chose; either can leave again.
 */
class LinkedPlatformsTest {

    private static final ChatUser ON_TELEGRAM = ChatUser.of(Platform.TELEGRAM, "4242", "Paola");
    private static final ChatId TELEGRAM_CHAT = ChatId.privateChat("4242");
    private static final ChatUser ON_SLACK = new ChatUser(Platform.SLACK, "T1:U7", "Paola Verdi", "en-GB", "Europe/Rome");
    private static final ChatId SLACK_DM = ChatId.privateChat("T1:D7");

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    void aCodeFromOnePlatformTypedOnTheOtherJoinsThemIntoOneContactList() {
        say(ON_TELEGRAM, TELEGRAM_CHAT, "settings agenda off");
        say(ON_TELEGRAM, TELEGRAM_CHAT, "met Anna Rossi from Acme at the expo");
        say(ON_SLACK, SLACK_DM, "settings agenda off");
        say(ON_SLACK, SLACK_DM, "met Bice Neri at the fair");
        chat.skipAll();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());

        say(ON_TELEGRAM, TELEGRAM_CHAT, "link");
        String code = code(chat.nextText());
        say(ON_SLACK, SLACK_DM, "link " + code.toLowerCase());
        assertThat(chat.nextText()).startsWith("Linked ✔ Both apps now share one contact list.");
        Map<String, Integer> after = RowCounts.data(chat.jdbi());
        assertThat(RowCounts.delta(before, after)).as("one user less, no data lost").isEqualTo(Map.of("app_user", -1));

        say(ON_SLACK, SLACK_DM, "contacts");
        assertThat(chat.nextText()).isEqualTo("Your contacts:\n• Anna Rossi · Acme\n• Bice Neri");
        say(ON_TELEGRAM, TELEGRAM_CHAT, "link " + code);
        assertThat(chat.nextText()).as("a code works once").startsWith("That code is not valid");
    }

    @Test
    void promptsGoWhereTheUserWroteLastOrWhereTheyChose() {
        say(ON_TELEGRAM, TELEGRAM_CHAT, "settings agenda off");
        say(ON_TELEGRAM, TELEGRAM_CHAT, "met Anna Rossi from Acme at the expo");
        say(ON_TELEGRAM, TELEGRAM_CHAT, "link");
        String code = code(lastReply());
        chat.skipAll();
        chat.clock().advance(java.time.Duration.ofMinutes(1));
        say(ON_SLACK, SLACK_DM, "link " + code);
        chat.skipAll();

        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        Sent note = chat.nextReply();
        assertThat(note.chat()).as("Slack was used last").isEqualTo(SLACK_DM);
        assertThat(note.message().text()).contains("Step 1 of 3");

        say(ON_SLACK, SLACK_DM, "settings platform telegram");
        assertThat(chat.nextText()).contains("Saved.");
        say(ON_SLACK, SLACK_DM, "emailed Anna");
        chat.skipAll();
        chat.advanceTo(ZonedDateTime.of(2026, 3, 19, 9, 0, 0, 0, ROME));
        assertThat(chat.nextReply().chat()).as("chosen in settings").isEqualTo(TELEGRAM_CHAT);
    }

    @Test
    void aBlockedPlatformHandsPromptsToTheOther() {
        say(ON_TELEGRAM, TELEGRAM_CHAT, "settings agenda off");
        say(ON_TELEGRAM, TELEGRAM_CHAT, "link");
        String code = code(lastReply());
        say(ON_SLACK, SLACK_DM, "link " + code);
        say(ON_TELEGRAM, TELEGRAM_CHAT, "met Anna Rossi at the expo");
        chat.skipAll();
        long user = chat.jdbi().withHandle(h -> h.createQuery("select user_id from user_identity where platform = 'TELEGRAM'")
                .mapTo(Long.class).one());
        chat.bot().handle(new Inbound.Text(ON_TELEGRAM, TELEGRAM_CHAT, "today"));
        chat.skipAll();
        chat.jdbi().useHandle(h -> h.execute("update user_identity set blocked_at = now() where platform = 'TELEGRAM'"));
        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        assertThat(chat.nextReply().chat()).isEqualTo(SLACK_DM);
        assertThat(user).isPositive();
    }

    @Test
    void eitherCanUnlinkAndStartsAfreshWhileTheDataStays() {
        say(ON_TELEGRAM, TELEGRAM_CHAT, "met Anna Rossi from Acme at the expo");
        say(ON_TELEGRAM, TELEGRAM_CHAT, "link");
        String code = code(lastReply());
        say(ON_SLACK, SLACK_DM, "link " + code);
        chat.skipAll();
        say(ON_SLACK, SLACK_DM, "unlink");
        assertThat(chat.nextText()).startsWith("Unlinked: this app starts afresh");
        say(ON_SLACK, SLACK_DM, "contacts");
        assertThat(chat.nextText()).startsWith("No contacts yet");
        say(ON_TELEGRAM, TELEGRAM_CHAT, "contacts");
        assertThat(chat.nextText()).isEqualTo("Your contacts:\n• Anna Rossi · Acme");
        say(ON_TELEGRAM, TELEGRAM_CHAT, "unlink");
        assertThat(chat.nextText()).startsWith("There is nothing to unlink");
    }

    @Test
    void inItalian() {
        say(ON_TELEGRAM, TELEGRAM_CHAT, "impostazioni lingua it");
        say(ON_TELEGRAM, TELEGRAM_CHAT, "collega gli account");
        String code = code(lastReply());
        say(ON_SLACK, SLACK_DM, "collega gli account " + code);
        assertThat(chat.nextText()).startsWith("Collegati ✔");
        say(ON_SLACK, SLACK_DM, "collega gli account ZZZZZZ");
        assertThat(chat.nextText()).startsWith("Questo codice non è valido");
    }

    @Test
    void oneBotOnTwoPlatformsRoutesEachMessageToItsPlatform() {
        RecordingChatPort telegram = new RecordingChatPort("tg").asPlatform(Platform.TELEGRAM, id -> id.matches("-?\\d+"));
        RecordingChatPort slack = new RecordingChatPort("sl").asPlatform(Platform.SLACK, id -> id.startsWith("T1:")).withHomes();
        MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME).toInstant(), ROME);
        FollowUpBot bot = FollowUpBot.create(chat.jdbi(), clock, List.of(telegram, slack), BotSettings.defaults(ROME, "two"));
        bot.handle(new Inbound.Text(ON_TELEGRAM, TELEGRAM_CHAT, "met Anna Rossi at the expo"));
        bot.handle(new Inbound.Text(ON_SLACK, SLACK_DM, "met Bice Neri at the expo"));
        assertThat(telegram.pollSent().chat()).isEqualTo(TELEGRAM_CHAT);
        assertThat(slack.pollSent().chat()).isEqualTo(SLACK_DM);
        assertThat(telegram.pollSent()).isNull();
        assertThat(slack.homes()).as("only the platform with homes shows one").isNotEmpty();
        clock.advance(java.time.Duration.ofHours(15));
        assertThat(bot.dispatchDuePrompts()).isEqualTo(2);
        assertThat(telegram.pollSent().message().text()).contains("Anna Rossi", "Step 1 of 3");
        assertThat(slack.pollSent().message().text()).contains("Bice Neri", "Step 1 of 3");

        // linked, and prompts chosen on Telegram: Bice's next step, met on Slack, arrives on Telegram
        bot.handle(new Inbound.Text(ON_TELEGRAM, TELEGRAM_CHAT, "link"));
        String code = code(last(telegram));
        clock.advance(java.time.Duration.ofMinutes(1));
        bot.handle(new Inbound.Text(ON_SLACK, SLACK_DM, "link " + code));
        assertThat(last(slack)).startsWith("Linked ✔");
        bot.handle(new Inbound.Text(ON_SLACK, SLACK_DM, "settings platform telegram"));
        last(slack);
        clock.advance(java.time.Duration.ofDays(7));
        assertThat(bot.dispatchDuePrompts()).isEqualTo(2);
        assertThat(telegram.pollSent().message().text()).contains("Step 2 of 3");
        assertThat(telegram.pollSent().message().text()).contains("Step 2 of 3");
        assertThat(slack.pollSent()).as("nothing more on Slack").isNull();
    }

    private static String last(RecordingChatPort port) {
        String text = null;
        for (var sent = port.pollSent(); sent != null; sent = port.pollSent()) {
            text = sent.message().text();
        }
        return text;
    }

    private void say(ChatUser who, ChatId where, String text) {
        chat.bot().handle(new Inbound.Text(who, where, text));
    }

    private String lastReply() {
        java.util.List<Sent> replies = chat.allReplies();
        return replies.get(replies.size() - 1).message().text();
    }

    private static String code(String reply) {
        Matcher m = Pattern.compile("([A-Z2-9]{6})").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        return m.group(1);
    }
}
