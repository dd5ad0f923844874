package com.followupbot.slack;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import java.time.Clock;

/** The adapter's ChatPort alone, against a fresh fake Web API: connected (auth.test) but receiving nothing. */
final class PortFixture implements AutoCloseable {

    final FakeSlackApi api = new FakeSlackApi();
    final RecordingWorkspaces workspaces = new RecordingWorkspaces().with(FakeSlackApi.TEAM, FakeSlackApi.BOT_TOKEN);
    final SlackAdapter adapter;
    final ChatPort port;

    PortFixture() throws SlackStartException {
        adapter = SlackAdapter.connect(SlackConfig.http(FakeSlackApi.BOT_TOKEN, FakeSlackApi.SIGNING_SECRET, api.apiUrl(), 0),
                workspaces, Clock.systemUTC());
        port = adapter.chatPort();
    }

    static ChatId dm(String channel) {
        return ChatId.privateChat(SlackIds.of(FakeSlackApi.TEAM, channel));
    }

    static ChatId channel(String channel) {
        return ChatId.group(SlackIds.of(FakeSlackApi.TEAM, channel));
    }

    @Override
    public void close() {
        adapter.close();
        api.close();
    }
}
