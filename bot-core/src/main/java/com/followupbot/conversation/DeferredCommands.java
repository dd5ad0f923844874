package com.followupbot.conversation;

import com.followupbot.conversation.internal.DeferredDao;
import com.followupbot.conversation.internal.DeferredRow;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Commands a user gave in a group before the bot could reach them privately. The token travels in the
 * link that opens the private chat (so it is seen by the whole group); it resolves only for the user
 * who gave the command, only once, and only for a week.
 */
public final class DeferredCommands {

    /** The "command" of a deferred plain message (a reply to the bot in the group), carried out as typed. */
    public static final String PLAIN_TEXT = "";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration VALID_FOR = Duration.ofDays(7);

    private final Jdbi jdbi;
    private final Clock clock;

    public DeferredCommands(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Keeps the command; returns its token (16 URL-safe characters, a valid Telegram start payload). */
    public String defer(long userId, String command, String args) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbi.useExtension(DeferredDao.class, dao -> dao.insert(userId, token, command, args, clock.instant()));
        return token;
    }

    /** The user's command behind {@code token}, removed as it is taken. */
    public Optional<DeferredRow> take(long userId, String token) {
        if (token.length() > 64) {
            return Optional.empty();
        }
        return jdbi.withExtension(DeferredDao.class, dao -> dao.take(userId, token, clock.instant().minus(VALID_FOR)));
    }
}
