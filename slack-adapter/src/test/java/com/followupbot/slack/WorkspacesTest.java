package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.OutboundMessage;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Several workspaces, one bot: each is called with its own token (ids carry the workspace), and one that
 * uninstalls the app or revokes its token is reported to {@link Workspaces} and not called again with it.
 */
class WorkspacesTest {

    private static final String OTHER_TEAM = "T0OTHER";
    private static final String OTHER_TOKEN = "xoxb-4444444444-5555555555-othertokenfortests00";

    @Test
    void eachWorkspaceIsCalledWithItsOwnToken() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            RecordingWorkspaces workspaces = new RecordingWorkspaces().with(OTHER_TEAM, OTHER_TOKEN);
            SlackAdapter adapter = SlackAdapter.connect(SlackConfig.http(FakeSlackApi.BOT_TOKEN, FakeSlackApi.SIGNING_SECRET,
                    api.apiUrl(), 0), workspaces, Clock.systemUTC());
            adapter.chatPort().send(ChatId.privateChat(SlackIds.of(OTHER_TEAM, "D0ANNA")), OutboundMessage.text("hello"));
            adapter.chatPort().send(ChatId.privateChat(SlackIds.of(FakeSlackApi.TEAM, "D0PAOLA")), OutboundMessage.text("hello"));

            assertThat(api.calls("chat.postMessage")).extracting(call -> call.getHeader("Authorization"))
                    .containsExactly("Bearer " + OTHER_TOKEN, "Bearer " + FakeSlackApi.BOT_TOKEN);
            DeliveryException unknown = catchThrowableOfType(DeliveryException.class, () -> adapter.chatPort().send(
                    ChatId.privateChat(SlackIds.of("T0NEVER", "D0X")), OutboundMessage.text("hello")));
            assertThat(unknown.reason()).isEqualTo(DeliveryException.Reason.UNREACHABLE);
            assertThat(api.calls("chat.postMessage")).as("a workspace without a token is not called").hasSize(2);
            adapter.close();
        }
    }

    @Test
    void anUninstallOrARevokedTokenRemovesTheWorkspace() throws Exception {
        RecordingWorkspaces workspaces = new RecordingWorkspaces().with(OTHER_TEAM, OTHER_TOKEN);
        try (SlackTestBot slack = SlackTestBot.socketMode(SlackTestBot.thursdayEvening(), workspaces)) {
            ObjectNode uninstalled = FakeResponses.JSON.createObjectNode().put("type", "app_uninstalled");
            SlackPayload event = SlackUser.event(uninstalled);
            event.body().put("team_id", OTHER_TEAM);
            slack.socket.awaitAck(slack.deliver(event));
            await().atMost(SlackTestBot.PATIENCE).until(() -> workspaces.removed.contains(OTHER_TEAM));
            DeliveryException gone = catchThrowableOfType(DeliveryException.class, () -> slack.adapter.chatPort().send(
                    ChatId.privateChat(SlackIds.of(OTHER_TEAM, "D0ANNA")), OutboundMessage.text("hello")));
            assertThat(gone.reason()).isEqualTo(DeliveryException.Reason.UNREACHABLE);

            ObjectNode revoked = FakeResponses.JSON.createObjectNode().put("type", "tokens_revoked");
            revoked.putObject("tokens").putArray("bot").add(FakeSlackApi.BOT_USER);
            slack.deliver(SlackUser.event(revoked));
            await().atMost(SlackTestBot.PATIENCE).until(() -> workspaces.removed.contains(FakeSlackApi.TEAM));
            int posts = slack.api.calls("chat.postMessage").size();
            assertThat(catchThrowableOfType(DeliveryException.class, () -> slack.adapter.chatPort().send(
                    ChatId.privateChat(SlackIds.of(FakeSlackApi.TEAM, "D0PAOLA")), OutboundMessage.text("hello"))).reason())
                    .as("SLACK_BOT_TOKEN's own workspace revoked it too").isEqualTo(DeliveryException.Reason.UNREACHABLE);
            assertThat(slack.api.calls("chat.postMessage")).hasSize(posts);
        }
    }

    @Test
    void aSingleWorkspaceWhoseTokenWasRevokedIsNotCalledWithItAgain() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            SlackAdapter adapter = SlackAdapter.connect(SlackConfig.http(FakeSlackApi.BOT_TOKEN, FakeSlackApi.SIGNING_SECRET,
                    api.apiUrl(), 0));
            Failures.refuses(api, "chat.postMessage", "token_revoked");
            ChatId dm = ChatId.privateChat(SlackIds.of(FakeSlackApi.TEAM, "D0PAOLA"));
            for (int i = 0; i < 3; i++) {
                catchThrowableOfType(DeliveryException.class, () -> adapter.chatPort().send(dm, OutboundMessage.text("hello")));
            }
            assertThat(api.calls("chat.postMessage")).hasSize(1);
            adapter.close();
        }
    }
}
