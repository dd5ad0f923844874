package com.followupbot.slack;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.util.Optional;

/**
 * Slash commands, button clicks and the message shortcut in the core's terms. A command typed in the
 * bot's DM is private; anywhere else it is a group's, so the core answers in the DM and only acknowledges
 * there, ephemerally. A click is a Press on the message that carried the button, or on nothing when it
 * came from the App Home. "Log as a meeting" on any message is /met with that message's text.
 */
final class InteractionTranslator {

    static final String LOG_MEETING = "log_meeting";

    private final UserProfiles profiles;
    private final DirectMessages dms;
    private final ResponseUrls responseUrls;

    InteractionTranslator(UserProfiles profiles, DirectMessages dms, ResponseUrls responseUrls) {
        this.profiles = profiles;
        this.dms = dms;
        this.responseUrls = responseUrls;
    }

    Inbound command(SlashCommandPayload command) {
        String team = command.getTeamId();
        String user = SlackIds.of(team, command.getUserId());
        String channel = SlackIds.of(team, command.getChannelId());
        responseUrls.remember(channel, user, command.getResponseUrl());
        ChatUser from = profiles.of(team, command.getUserId(), command.getUserName());
        ChatId chat = isBotDm(user, channel) ? ChatId.privateChat(channel) : ChatId.group(channel);
        return new Inbound.Command(from, chat, CommandNames.ofSlash(command.getCommand()), SlackText.plain(command.getText()));
    }

    Optional<Inbound> click(BlockActionPayload click) {
        if (click.getActions() == null || click.getActions().isEmpty() || click.getTeam() == null || click.getUser() == null) {
            return Optional.empty();
        }
        BlockActionPayload.Action action = click.getActions().get(0);
        String team = click.getTeam().getId();
        ChatUser from = profiles.of(team, click.getUser().getId(), click.getUser().getName());
        String actionId = action.getActionId() == null ? "" : action.getActionId();
        if (actionId.startsWith(BlockKit.PRIVATE_CHAT)) {
            // "Open a private chat with me": Slack opened the DM through the link; carry out what waits there
            String payload = action.getValue() == null ? "" : action.getValue();
            return Optional.of(new Inbound.Command(from, dms.open(from.platformUserId()), "start", payload));
        }
        if (!actionId.startsWith(BlockKit.ANSWER) || action.getValue() == null) {
            return Optional.empty();
        }
        BlockActionPayload.Container container = click.getContainer();
        if (container == null || container.getMessageTs() == null || click.getChannel() == null) {
            return Optional.of(new Inbound.Press(from, dms.open(from.platformUserId()), action.getValue(), null,
                    click.getTriggerId())); // the App Home: no message to edit
        }
        String channel = SlackIds.of(team, click.getChannel().getId());
        // The bot posts buttons only in its own DMs, and ephemerally in channels.
        ChatId chat = !container.isEphemeral() && click.getChannel().getId().startsWith("D") ? ChatId.privateChat(channel)
                : ChatId.group(channel);
        return Optional.of(new Inbound.Press(from, chat, action.getValue(), new MessageRef(channel, container.getMessageTs()),
                click.getTriggerId()));
    }

    Optional<Inbound> shortcut(MessageShortcutPayload shortcut) {
        if (!LOG_MEETING.equals(shortcut.getCallbackId()) || shortcut.getTeam() == null || shortcut.getUser() == null) {
            return Optional.empty();
        }
        String team = shortcut.getTeam().getId();
        ChatUser from = profiles.of(team, shortcut.getUser().getId(), shortcut.getUser().getName());
        String text = shortcut.getMessage() == null ? "" : SlackText.plain(shortcut.getMessage().getText());
        return Optional.of(new Inbound.Command(from, privateChatOr(from, team, shortcut), "met", text));
    }

    /** The DM, or the message's channel as a group if Slack will not open one: the core then offers a link there. */
    private ChatId privateChatOr(ChatUser from, String team, MessageShortcutPayload shortcut) {
        try {
            return dms.open(from.platformUserId());
        } catch (SlackDeliveryException e) {
            if (shortcut.getChannel() == null) {
                throw e;
            }
            return ChatId.group(SlackIds.of(team, shortcut.getChannel().getId()));
        }
    }

    private boolean isBotDm(String user, String channel) {
        if (!SlackIds.local(channel).startsWith("D")) {
            return false;
        }
        try {
            return dms.isBotDm(user, channel);
        } catch (SlackDeliveryException e) {
            return false;
        }
    }
}
