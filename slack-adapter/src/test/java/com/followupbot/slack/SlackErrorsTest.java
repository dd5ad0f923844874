package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.followupbot.chat.ChatUser;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.DeliveryException.Reason;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.Platform;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Slack's refusals in the core's terms, over real HTTP: the port only classifies (the core waits and retries),
 * except that a DM Slack no longer finds is opened anew and tried once more.
 */
class SlackErrorsTest {

    private static final OutboundMessage HELLO = OutboundMessage.text("hello");

    @Test
    void rateLimitsCarrySlacksRetryAfter() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            Failures.rateLimited(slack.api, "D0PAOLA", 7, 1);
            DeliveryException limited = sendFails(slack, "D0PAOLA");
            assertThat(limited.reason()).isEqualTo(Reason.RATE_LIMITED);
            assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));

            Failures.refuses(slack.api, "chat.postMessage", "ratelimited");
            DeliveryException okFalse = sendFails(slack, "D0PAOLA");
            assertThat(okFalse.reason()).isEqualTo(Reason.RATE_LIMITED);
            assertThat(okFalse.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void aBadTokenIsUnreachableForLongAndARevokedOneRemovesTheWorkspace() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            var invalid = Failures.refuses(slack.api, "chat.postMessage", "invalid_auth");
            DeliveryException bad = sendFails(slack, "D0PAOLA");
            assertThat(bad.reason()).isEqualTo(Reason.UNREACHABLE);
            assertThat(bad.retryAfter()).isGreaterThanOrEqualTo(Duration.ofHours(1));
            assertThat(slack.workspaces.removed).isEmpty();
            slack.api.server().removeStub(invalid);

            Failures.refuses(slack.api, "chat.postMessage", "token_revoked");
            assertThat(sendFails(slack, "D0PAOLA").reason()).isEqualTo(Reason.UNREACHABLE);
            assertThat(slack.workspaces.removed).containsExactly(FakeSlackApi.TEAM);
            int calls = slack.api.calls("chat.postMessage").size();
            DeliveryException gone = sendFails(slack, "D0PAOLA");
            assertThat(gone.reason()).isEqualTo(Reason.UNREACHABLE);
            assertThat(slack.api.calls("chat.postMessage")).as("a removed workspace is not called").hasSize(calls);
        }
    }

    @Test
    void aDmSlackNoLongerFindsIsOpenedAnewAndTriedOnce() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            Failures.refusesIn(slack.api, "chat.postMessage", "D0OLD", "channel_not_found");
            slack.api.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(FakeSlackApi.method("conversations.info"))
                    .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                            "{\"ok\":true,\"channel\":{\"id\":\"D0OLD\",\"is_im\":true,\"user\":\"U0LUCA\"}}")));

            MessageRef sent = slack.port.send(PortFixture.dm("D0OLD"), HELLO);
            assertThat(sent.chatId()).isEqualTo(SlackIds.of(FakeSlackApi.TEAM, "D0LUCA"));
            assertThat(slack.api.forms("conversations.open")).singleElement().satisfies(f -> assertThat(f).containsEntry("users", "U0LUCA"));

            Failures.refusesIn(slack.api, "chat.postMessage", "D0LUCA", "is_archived");
            Failures.refusesIn(slack.api, "chat.postMessage", "D0OTHER", "is_archived");
            int posts = slack.api.calls("chat.postMessage").size();
            DeliveryException still = sendFails(slack, "D0OTHER");
            assertThat(still.reason()).isEqualTo(Reason.REJECTED);
            assertThat(slack.api.calls("chat.postMessage")).as("one retry, no more").hasSize(posts + 2);

            Failures.refusesIn(slack.api, "chat.postMessage", "C0CHAPTER", "not_in_channel");
            int opens = slack.api.calls("conversations.open").size();
            assertThatThrownBy(() -> slack.port.send(PortFixture.channel("C0CHAPTER"), HELLO)).isInstanceOfSatisfying(
                    DeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED));
            assertThat(slack.api.calls("conversations.open")).as("a channel is not a DM to reopen").hasSize(opens);
        }
    }

    @Test
    void peopleSlackWillNotLetTheBotReachAreLikeABlock() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            Failures.refuses(slack.api, "chat.postMessage", "user_not_found");
            assertThat(sendFails(slack, "D0GONE").reason()).isEqualTo(Reason.BLOCKED_BY_USER);

            Failures.refuses(slack.api, "conversations.open", "cannot_dm_bot");
            assertThat(slack.port.openPrivateChat(new ChatUser(Platform.SLACK, SlackIds.of(FakeSlackApi.TEAM, "U0ROBOT"), "Robot", null)))
                    .isEmpty();
        }
    }

    @Test
    void networkFailuresAreUnreachableAndEditsOfGoneMessagesAreIgnored() throws Exception {
        try (PortFixture slack = new PortFixture()) {
            MessageRef old = new MessageRef(SlackIds.of(FakeSlackApi.TEAM, "D0PAOLA"), "1773337200.000101");
            var gone = Failures.refuses(slack.api, "chat.update", "message_not_found");
            slack.port.edit(old, HELLO); // logged, not thrown: the answer is saved all the same
            slack.api.server().removeStub(gone);
            Failures.refuses(slack.api, "chat.update", "invalid_blocks");
            assertThatThrownBy(() -> slack.port.edit(old, HELLO)).isInstanceOfSatisfying(DeliveryException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED));

            Failures.resets(slack.api, "chat.postMessage");
            DeliveryException network = sendFails(slack, "D0PAOLA");
            assertThat(network.reason()).isEqualTo(Reason.UNREACHABLE);
            assertThat(network.getMessage()).startsWith("chat.postMessage failed").doesNotContain(FakeSlackApi.BOT_TOKEN);
        }
    }

    private static DeliveryException sendFails(PortFixture slack, String channel) {
        DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> slack.port.send(PortFixture.dm(channel), HELLO));
        assertThat(e).as("the send to " + channel + " failed").isNotNull();
        assertThat(e.getMessage()).doesNotContain(FakeSlackApi.BOT_TOKEN, "hello");
        return e;
    }
}
