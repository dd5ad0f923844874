package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chapter group, on any platform: short public acknowledgements, everything personal in the private chat. */
class ChapterGroupsTest {

    private static final ChatId GROUP = ChatId.group("chapter-1");
    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void aMeetingLoggedInTheGroupIsConfirmedPrivatelyAndOnlyAcknowledgedInTheGroup() {
        chat.say("paola", "help");
        chat.nextReply();
        inGroup("paola", "met", "Anna Rossi from Acme at the expo");

        Sent confirmation = chat.nextReply();
        assertThat(confirmation.chat()).isEqualTo(ChatHarness.chatOf("paola"));
        assertThat(confirmation.message().text()).contains("Anna Rossi", "Acme");
        Sent ack = chat.nextReply();
        assertThat(ack.chat()).isEqualTo(GROUP);
        assertThat(ack.message().text()).isEqualTo("✔ Paola logged a meeting: the details are in our private chat.");
        assertThat(ack.message().buttons()).isEmpty();
        chat.assertNoMoreReplies();
        List<String> chapters = chat.jdbi().withHandle(h -> h.createQuery("select chat_id from user_chapter")
                .mapTo(String.class).list());
        assertThat(chapters).containsExactly("chapter-1");
    }

    @Test
    void withoutAPrivateChatTheGroupGetsAButtonThatFinishesTheCommandInPrivate() {
        inGroup("marco", "met", "Giulia Verdi at the BNI breakfast");
        Sent offer = chat.nextReply();
        assertThat(offer.chat()).isEqualTo(GROUP);
        assertThat(offer.message().text()).startsWith("Marco, I keep your contacts only in a private chat").doesNotContain("Giulia");
        Button open = offer.message().buttons().get(0);
        assertThat(open.opensPrivateChat()).isTrue();
        assertThat(open.token()).isNull();
        chat.assertNoMoreReplies();

        chat.say("luca", "/start"); // the console's way: a text; the real start command follows
        chat.nextReply();
        chat.bot().handle(new Inbound.Command(ChatHarness.user("luca"), ChatHarness.chatOf("luca"), "start",
                open.privateChatPayload()));
        assertThat(chat.nextText()).as("someone else's link").startsWith("I help you follow up");
        chat.bot().handle(new Inbound.Command(ChatHarness.user("marco"), ChatHarness.chatOf("marco"), "start",
                open.privateChatPayload()));
        Sent captured = chat.nextReply();
        assertThat(captured.chat()).isEqualTo(ChatHarness.chatOf("marco"));
        assertThat(captured.message().text()).contains("Giulia Verdi", "BNI breakfast");
    }

    @Test
    void aReplyToTheBotInTheGroupThatLogsAMeetingIsTakenPrivatelyAndChatterIsIgnored() {
        chat.say("paola", "help");
        chat.nextReply();
        chat.bot().handle(new Inbound.Text(ChatHarness.user("paola"), GROUP, "thanks, nice bot"));
        chat.assertNoMoreReplies();
        chat.bot().handle(new Inbound.Text(ChatHarness.user("paola"), GROUP, "met Marco Neri at the breakfast"));
        assertThat(chat.nextReply().message().text()).contains("Marco Neri");
        assertThat(chat.nextText()).startsWith("✔ Paola logged a meeting");
    }

    private void inGroup(String user, String command, String args) {
        ChatUser who = ChatHarness.user(user);
        chat.bot().handle(new Inbound.Command(who, GROUP, command, args));
    }
}
