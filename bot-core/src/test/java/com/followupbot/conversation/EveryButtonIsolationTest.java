package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import com.followupbot.testing.RowCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A third member of the chapter presses every button the bot ever sent two others — captures, prompts,
 * referral notices and outcomes, consents, give-first suggestions, one-to-one questions, data deletion —
 * and types their commands: nothing of theirs changes, and nothing of theirs is shown.
 */
class EveryButtonIsolationTest {

    private static final ChatId GROUP = ChatId.group("chapter-1");
    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void noButtonOfAnotherMemberDoesAnythingForCarla() {
        chat.chapter(GROUP, "paola", "bruno", "carla");
        chat.say("bruno", "settings trade web designer");
        chat.say("paola", "met Ottavia Quercioli from Zefiro at the expo — needs a new website");
        chat.say("paola", "gave Bruno a referral: Teodoro Vanzetti needs solar panels");
        chat.say("bruno", "closed with Teodoro, 2,500 EUR");
        chat.say("paola", "who is Ottavia");
        chat.say("paola", "delete my data");
        chat.advance(Duration.ofDays(32).minusHours(8)); // a Monday morning, so the prompts due by then go out
        List<Sent> theirs = chat.allReplies().stream().filter(s -> !s.chat().equals(ChatHarness.chatOf("carla"))).toList();
        List<String> tokens = new ArrayList<>();
        theirs.forEach(s -> s.message().buttons().stream().filter(b -> !b.opensPrivateChat()).map(Button::token)
                .forEach(tokens::add));
        assertThat(tokens).as("a rich session: many buttons to try").hasSizeGreaterThan(20);
        chat.skipAll();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());

        for (Sent sent : theirs) {
            for (Button button : sent.message().buttons()) {
                if (!button.opensPrivateChat()) {
                    chat.pressToken("carla", sent, button.token());
                    assertThat(chat.nextAck().text()).as(button.label()).isEqualTo("This button has expired");
                }
            }
        }
        chat.assertNoMoreReplies();
        assertThat(RowCounts.data(chat.jdbi())).as("nothing of theirs changed").isEqualTo(before);
        for (String command : List.of("contacts", "who is Ottavia", "referrals", "referrals Bruno",
                "closed with Teodoro, 900 EUR", "undo", "today", "upcoming", "stats", "slips", "export", "forget Ottavia")) {
            chat.say("carla", command);
            chat.allReplies().forEach(reply -> assertThat(reply.message().text()).as(command)
                    .doesNotContain("Quercioli", "Zefiro", "Vanzetti"));
        }
        assertThat(chat.port().files()).allSatisfy(file -> assertThat(new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Quercioli", "Vanzetti"));
    }
}
