package com.followupbot.slack;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.slack.api.model.File;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Events API messages in the core's terms. A message in the bot's DM (or its Messages tab) is a Text there;
 * a thread reply answers the message it hangs under, so replying in a prompt's thread answers that prompt.
 * "@bot met Anna …" in a channel is the command it starts with, or else a Text in that channel (a group).
 * Each file shared in the DM is an Upload. Messages from bots, the bot itself included, are
 * nothing for the core.
 */
final class EventTranslator {

    private final UserProfiles profiles;
    private final DirectMessages dms;
    private final CommandNames commands;
    private final SlackFiles files;

    EventTranslator(UserProfiles profiles, DirectMessages dms, CommandNames commands, SlackFiles files) {
        this.profiles = profiles;
        this.dms = dms;
        this.commands = commands;
        this.files = files;
    }

    /**
     * The files shared in the bot's DM, one Upload each (Slack shares up to ten in a message), in the order
     * shared. Slack says each size first, so one over the core's limit is never downloaded.
     */
    List<Inbound> fileShare(String team, MessageFileShareEvent message) {
        if (!"im".equals(message.getChannelType()) || message.getUser() == null || message.getChannel() == null
                || message.getFiles() == null || message.getFiles().isEmpty()) {
            return List.of();
        }
        String channel = SlackIds.of(team, message.getChannel());
        dms.remember(SlackIds.of(team, message.getUser()), channel);
        ChatUser from = profiles.of(team, message.getUser(), null);
        List<Inbound> uploads = new ArrayList<>();
        for (File file : message.getFiles()) {
            long size = file.getSize() == null ? 0 : file.getSize();
            byte[] content = size > Inbound.Upload.MAX_BYTES ? null
                    : files.fetch(team, file.getUrlPrivateDownload()).orElse(null);
            uploads.add(new Inbound.Upload(from, ChatId.privateChat(channel), file.getName(), file.getMimetype(), size, content));
        }
        return uploads;
    }

    Optional<Inbound> directMessage(String team, MessageEvent message) {
        if (!"im".equals(message.getChannelType()) || message.getBotId() != null || message.getUser() == null
                || message.getChannel() == null) {
            return Optional.empty();
        }
        String channel = SlackIds.of(team, message.getChannel());
        dms.remember(SlackIds.of(team, message.getUser()), channel);
        ChatUser from = profiles.of(team, message.getUser(), null);
        String thread = message.getThreadTs();
        MessageRef replyTo = thread != null && !thread.equals(message.getTs()) ? new MessageRef(channel, thread) : null;
        return Optional.of(new Inbound.Text(from, ChatId.privateChat(channel), SlackText.plain(message.getText()), replyTo));
    }

    /** {@code botUserId}: the bot's user in {@code team} (from the event's authorizations), or null when unknown. */
    Optional<Inbound> mention(String team, String botUserId, AppMentionEvent mention) {
        if (mention.getBotId() != null || mention.getUser() == null || mention.getChannel() == null) {
            return Optional.empty();
        }
        ChatUser from = profiles.of(team, mention.getUser(), mention.getUsername());
        ChatId chat = ChatId.group(SlackIds.of(team, mention.getChannel()));
        String text = SlackText.plain(SlackText.withoutMentionOf(mention.getText(), botUserId));
        Optional<String> command = commands.leading(text);
        if (command.isPresent()) {
            return Optional.of(new Inbound.Command(from, chat, command.get(), CommandNames.rest(text)));
        }
        return Optional.of(new Inbound.Text(from, chat, text));
    }
}
