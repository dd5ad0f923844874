package com.followupbot.slack;

import com.followupbot.chat.ChatId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The bot's DM with each user (prefixed ids throughout: "T024:U123" ↔ "T024:D456"). conversations.open
 * finds or opens it, once per user while remembered; a DM Slack no longer knows is looked up again
 * through its user, so a send to it can be retried once.
 */
final class DirectMessages {

    private static final int CAPACITY = 50_000;
    /** A DM with the bot keeps its id; a day only bounds how long a stale one could linger. */
    private static final Duration MEMORY = Duration.ofDays(1);

    private final WebApi api;
    private final BoundedCache<String, String> channelOfUser;
    private final BoundedCache<String, String> userOfChannel;

    DirectMessages(WebApi api, Clock clock) {
        this.api = api;
        this.channelOfUser = new BoundedCache<>(CAPACITY, MEMORY, clock);
        this.userOfChannel = new BoundedCache<>(CAPACITY, MEMORY, clock);
    }

    /** The user's DM with the bot, opening it if needed; throws {@link SlackDeliveryException} if Slack refuses. */
    ChatId open(String user) {
        Optional<String> known = channelOfUser.get(user);
        return ChatId.privateChat(known.isPresent() ? known.get() : conversationsOpen(user));
    }

    /** Whether {@code channel} is the bot's DM with {@code user} (a DM between two people is not). */
    boolean isBotDm(String user, String channel) {
        return open(user).value().equals(channel);
    }

    /** A message in the bot's DM said who it belongs to. */
    void remember(String user, String channel) {
        channelOfUser.put(user, channel);
        userOfChannel.put(channel, user);
    }

    /** Opens the DM behind {@code channel} anew, through its user; empty when Slack cannot say whose it was. */
    Optional<ChatId> reopen(String channel) {
        Optional<String> user = userOfChannel.get(channel).or(() -> userOf(channel));
        user.ifPresent(channelOfUser::remove);
        return user.map(this::conversationsOpen).map(ChatId::privateChat);
    }

    private Optional<String> userOf(String channel) {
        String team = SlackIds.team(channel);
        try {
            String user = api.call(team, "conversations.info", c -> c.conversationsInfo(r -> r.channel(SlackIds.local(channel))))
                    .getChannel().getUser();
            return Optional.ofNullable(user).map(local -> SlackIds.of(team, local));
        } catch (SlackDeliveryException e) {
            return Optional.empty();
        }
    }

    private String conversationsOpen(String user) {
        String team = SlackIds.team(user);
        String channel = SlackIds.of(team, api.call(team, "conversations.open",
                c -> c.conversationsOpen(r -> r.users(List.of(SlackIds.local(user))))).getChannel().getId());
        remember(user, channel);
        return channel;
    }
}
