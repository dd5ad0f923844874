package com.followupbot.slack;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.HomeView;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.Platform;
import com.followupbot.chat.SendLimits;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's {@link ChatPort} on the Web API: chat.postMessage and chat.update with Block Kit,
 * chat.postEphemeral for what only the speaker in a channel needs to see, conversations.open for DMs,
 * views.publish for the App Home, the files v2 upload for files ({@link FileUploads}). Every id is workspace-prefixed, which also picks the token. Pacing and
 * retries are the core's; this class only translates and classifies.
 */
final class SlackChatPort implements ChatPort {

    private static final Logger log = LoggerFactory.getLogger(SlackChatPort.class);
    /** chat.postMessage's special tier: about one message a second per channel, several hundred a minute per workspace. */
    static final SendLimits.Rate PER_WORKSPACE = SendLimits.Rate.perMinute(300);
    static final SendLimits.Rate PER_CHANNEL = SendLimits.Rate.perSecond(1);
    private static final String[] GONE_CHANNEL = {"channel_not_found", "not_in_channel", "is_archived"};
    private static final String[] CANNOT_EDIT = {"message_not_found", "cant_update_message", "edit_window_closed"};

    private final WebApi api;
    private final BlockKit blocks;
    private final DirectMessages dms;
    private final ResponseUrls responseUrls;
    private final FileUploads files;

    SlackChatPort(WebApi api, BlockKit blocks, DirectMessages dms, ResponseUrls responseUrls) {
        this.api = api;
        this.blocks = blocks;
        this.dms = dms;
        this.responseUrls = responseUrls;
        this.files = new FileUploads(api);
    }

    @Override
    public MessageRef send(ChatId chat, OutboundMessage message) {
        try {
            return post(chat.value(), message);
        } catch (SlackDeliveryException e) {
            if (!chat.isPrivate() || !e.is(GONE_CHANNEL)) {
                throw e;
            }
            Optional<ChatId> reopened = dms.reopen(chat.value()); // one retry, in the DM Slack gives now
            if (reopened.isEmpty()) {
                throw e;
            }
            return post(reopened.get().value(), message);
        }
    }

    /**
     * Uploads once, then shares in the chat; a DM Slack no longer finds is opened again and the same upload
     * shared there, as {@link #send} retries a message.
     */
    @Override
    public MessageRef sendFile(ChatId chat, OutboundFile file) {
        String fileId = files.upload(SlackIds.team(chat.value()), file);
        try {
            return files.share(chat.value(), fileId, file);
        } catch (SlackDeliveryException e) {
            if (!chat.isPrivate() || !e.is(GONE_CHANNEL)) {
                throw e;
            }
            Optional<ChatId> reopened = dms.reopen(chat.value());
            if (reopened.isEmpty()) {
                throw e;
            }
            return files.share(reopened.get().value(), fileId, file);
        }
    }

    @Override
    public void sendTo(ChatId chat, ChatUser reader, OutboundMessage message) {
        if (chat.isPrivate()) {
            send(chat, message);
            return;
        }
        String team = SlackIds.team(chat.value());
        List<LayoutBlock> layout = blocks.message(team, message);
        String text = BlockKit.fallback(message.text());
        try {
            api.call(team, "chat.postEphemeral", c -> c.chatPostEphemeral(r -> r.channel(SlackIds.local(chat.value()))
                    .user(SlackIds.local(reader.platformUserId())).text(text).blocks(layout)));
        } catch (SlackDeliveryException e) {
            if (!e.is(GONE_CHANNEL) || !responseUrls.respond(chat, reader, text, layout)) {
                throw e;
            }
        }
    }

    @Override
    public void edit(MessageRef message, OutboundMessage replacement) {
        String team = SlackIds.team(message.chatId());
        List<LayoutBlock> layout = blocks.message(team, replacement); // without buttons: the old ones are gone
        try {
            api.call(team, "chat.update", c -> c.chatUpdate(r -> r.channel(SlackIds.local(message.chatId()))
                    .ts(message.messageId()).text(BlockKit.fallback(replacement.text())).blocks(layout)));
        } catch (SlackDeliveryException e) {
            if (!e.is(CANNOT_EDIT)) {
                throw e;
            }
            log.info("message {} could not be edited any more ({}); the answer is saved all the same", message.messageId(), e.error());
        }
    }

    /** Bolt acked the click before the core ran (Slack wants that within 3 s); Slack has no toast to show. */
    @Override
    public void acknowledge(Inbound.Press press, String text) {
    }

    @Override
    public boolean showsHome() {
        return true;
    }

    @Override
    public void showHome(ChatUser user, HomeView view) {
        String team = SlackIds.team(user.platformUserId());
        api.call(team, "views.publish", c -> c.viewsPublish(r -> r.userId(SlackIds.local(user.platformUserId()))
                .view(blocks.home(team, view))));
    }

    /** Slack's chats, as the core stores them, carry their workspace: "T024:D456". */
    @Override
    public boolean owns(String chatId) {
        return SlackIds.isPrefixed(chatId);
    }

    @Override
    public boolean serves(Platform platform) {
        return platform == Platform.SLACK;
    }

    @Override
    public Optional<SendLimits> sendLimits() {
        return Optional.of(new SendLimits("slack", PER_WORKSPACE, PER_CHANNEL, PER_CHANNEL, String.valueOf(SlackIds.SEPARATOR)));
    }

    /** Empty when Slack will not let the bot message this person; a Slack failure on the way still throws. */
    @Override
    public Optional<ChatId> openPrivateChat(ChatUser user) {
        try {
            return Optional.of(dms.open(user.platformUserId()));
        } catch (SlackDeliveryException e) {
            if (e.reason() == DeliveryException.Reason.UNREACHABLE || e.reason() == DeliveryException.Reason.RATE_LIMITED) {
                throw e;
            }
            log.info("no DM with user {}: {}", user.platformUserId(), e.getMessage());
            return Optional.empty();
        }
    }

    private MessageRef post(String channel, OutboundMessage message) {
        String team = SlackIds.team(channel);
        ChatPostMessageResponse sent = api.call(team, "chat.postMessage", c -> c.chatPostMessage(r -> r
                .channel(SlackIds.local(channel)).text(BlockKit.fallback(message.text())).blocks(blocks.message(team, message))
                .mrkdwn(false).unfurlLinks(false)));
        return new MessageRef(SlackIds.of(team, sent.getChannel()), sent.getTs());
    }
}
