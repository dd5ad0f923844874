package com.followupbot.slack;

import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Platform;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a Slack user is, for the core: their name, and their time zone and locale as hints until they set
 * their own. users.info is asked once an hour per user at most; if it fails the message still goes
 * through, with only the name Slack sent along.
 */
final class UserProfiles {

    private static final Logger log = LoggerFactory.getLogger(UserProfiles.class);
    private static final int CAPACITY = 10_000;
    static final Duration MEMORY = Duration.ofHours(1);

    private final WebApi api;
    private final BoundedCache<String, ChatUser> users;

    UserProfiles(WebApi api, Clock clock) {
        this.api = api;
        this.users = new BoundedCache<>(CAPACITY, MEMORY, clock);
    }

    /** The user {@code userId} of workspace {@code team}; {@code fallbackName} when Slack cannot say more. */
    ChatUser of(String team, String userId, String fallbackName) {
        String id = SlackIds.of(team, userId);
        Optional<ChatUser> known = users.get(id);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            User user = api.call(team, "users.info", c -> c.usersInfo(r -> r.user(userId).includeLocale(true))).getUser();
            ChatUser who = new ChatUser(Platform.SLACK, id, name(user, fallbackName), user.getLocale(), user.getTz());
            users.put(id, who);
            return who;
        } catch (SlackDeliveryException e) {
            log.debug("users.info for {} failed: {}", id, e.getMessage());
            return new ChatUser(Platform.SLACK, id, fallbackName, null, null);
        }
    }

    private static String name(User user, String fallback) {
        if (user.getRealName() != null && !user.getRealName().isBlank()) {
            return user.getRealName();
        }
        if (user.getProfile() != null && user.getProfile().getRealName() != null && !user.getProfile().getRealName().isBlank()) {
            return user.getProfile().getRealName();
        }
        return user.getName() != null ? user.getName() : fallback;
    }
}
