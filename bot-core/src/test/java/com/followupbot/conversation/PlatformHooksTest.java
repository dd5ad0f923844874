package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.HomeView;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.InboundEvent;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.Platform;
import com.followupbot.chat.SendLimits;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What platforms other than the console need from the core, platform-neutral: events handled once
 * whatever the retries, the user's zone from the platform, a home screen kept up to date, per-workspace
 * send rates.
 */
class PlatformHooksTest {

    @Test
    void anEventDeliveredTwiceIsHandledOnce() {
        try (ChatHarness chat = ChatHarness.thursdayEvening()) {
            InboundEvent event = InboundEvent.of("slack:T1", "Ev0001");
            Inbound text = new Inbound.Text(ChatHarness.user("paola"), ChatHarness.chatOf("paola"), "met Anna Rossi at the expo");
            assertThat(chat.bot().handle(event, text)).isTrue();
            assertThat(chat.bot().handle(event, text)).as("a retry of a handled event").isFalse();
            chat.nextReply();
            chat.assertNoMoreReplies();
            assertThat(chat.bot().pass(InboundEvent.numbered("telegram:1", 7))).isTrue();
            assertThat(chat.bot().inboundLedger().lastDone("telegram:1")).hasValue(7);
        }
    }

    @Test
    void theZoneComesFromThePlatformUntilTheUserSetsOne() {
        try (ChatHarness chat = ChatHarness.thursdayEvening()) {
            ChatUser john = new ChatUser(Platform.SLACK, "T1:U1", "John", "en-US", "America/New_York");
            ChatId dm = ChatId.privateChat("T1:D1");
            chat.bot().handle(new Inbound.Text(john, dm, "settings"));
            assertThat(chat.nextText()).contains("zone: America/New_York");
            ChatUser moved = new ChatUser(Platform.SLACK, "T1:U1", "John", "en-US", "Europe/London");
            chat.bot().handle(new Inbound.Text(moved, dm, "settings"));
            assertThat(chat.nextText()).contains("zone: Europe/London");
            chat.bot().handle(new Inbound.Text(moved, dm, "settings zone Europe/Rome"));
            assertThat(chat.nextText()).contains("zone: Europe/Rome");
            chat.bot().handle(new Inbound.Text(john, dm, "settings"));
            assertThat(chat.nextText()).as("set by the user: the platform no longer moves it").contains("zone: Europe/Rome");
            chat.bot().handle(new Inbound.Text(new ChatUser(Platform.SLACK, "T1:U2", "Eve", null, "Mars/Olympus"),
                    ChatId.privateChat("T1:D2"), "settings"));
            assertThat(chat.nextText()).as("an unknown zone is ignored").contains("zone: Europe/Rome");
        }
    }

    @Test
    void theHomeScreenShowsWhatIsDueWithItsButtonsAndFollowsEveryChange() {
        try (ChatHarness chat = ChatHarness.thursdayEveningWithHomes()) {
            RecordingChatPort port = chat.port();
            chat.say("paola", "settings agenda off");
            chat.say("paola", "met Anna Rossi from Acme at the expo");
            assertThat(text(last(port))).contains("Nothing due today", "Coming up:", "note to Anna Rossi", "Met lately:",
                    "Anna Rossi · Acme", "Settings: zone Europe/Rome");
            chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
            HomeView friday = last(port);
            assertThat(text(friday)).as("refreshed when the prompt went out").contains("Due today", "note to Anna Rossi");
            Button done = friday.sections().stream().flatMap(s -> s.buttons().stream())
                    .filter(b -> b.label().equals("Done")).findFirst().orElseThrow();
            int shown = port.homes().size();
            chat.pressToken("paola", new RecordingChatPort.Sent(null, ChatHarness.chatOf("paola"),
                    OutboundMessage.text("home")), done.token());
            assertThat(chat.nextAck().text()).isEqualTo("Saved");
            assertThat(port.homes()).hasSizeGreaterThan(shown);
            assertThat(text(last(port))).contains("Nothing due today");
            chat.say("paola", "who is Anna");
            assertThat(chat.allReplies().stream().map(s -> s.message().text()).collect(Collectors.joining()))
                    .contains("✅ the personal note");
            chat.pressToken("paola", new RecordingChatPort.Sent(null, ChatHarness.chatOf("paola"),
                    OutboundMessage.text("home")), done.token());
            assertThat(chat.nextAck().text()).as("an old home's button").isEqualTo("This button has expired");
        }
    }

    @Test
    void theOverallRateCanHoldPerWorkspace() {
        SendLimits slack = new SendLimits("slack", SendLimits.Rate.perMinute(300), SendLimits.Rate.perSecond(1),
                SendLimits.Rate.perSecond(1), ":");
        assertThat(slack.overallKey("T024:D456")).isEqualTo("slack/T024/all");
        assertThat(slack.overallKey("plain")).isEqualTo("slack/all");
        assertThat(new SendLimits("tg", slack.overall(), slack.privateChat(), slack.groupChat()).overallKey("T024:D456"))
                .isEqualTo("tg/all");
    }

    private static HomeView last(RecordingChatPort port) {
        List<RecordingChatPort.Home> homes = port.homes();
        assertThat(homes).isNotEmpty();
        return homes.get(homes.size() - 1).view();
    }

    private static String text(HomeView view) {
        return view.sections().stream().map(OutboundMessage::text).collect(Collectors.joining("\n"));
    }
}
