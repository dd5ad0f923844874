package com.followupbot.slack.install;

import com.slack.api.token_rotation.RefreshedToken;
import com.slack.api.token_rotation.TokenRotationException;
import com.slack.api.token_rotation.TokenRotator;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes a bot token that is about to expire (apps with token rotation on) before it is handed out,
 * through Bolt's {@link TokenRotator} (oauth.v2.access, grant_type=refresh_token).
 *
 * <p>Slack revokes a refresh token once it is used, so two instances refreshing the same bot at once would
 * leave one of them with a dead token. The refresh therefore runs while holding the bot's row lock, and
 * whoever waited for the lock finds the token already fresh. The Slack call inside a transaction is
 * deliberate: it happens about every 12 hours per workspace.
 */
final class BotTokenRotation {

    private static final Logger log = LoggerFactory.getLogger(BotTokenRotation.class);

    private final Jdbi jdbi;
    private final TokenRotator rotator;

    BotTokenRotation(SafeTransactions store, TokenRotator rotator) {
        this.jdbi = store.jdbi();
        this.rotator = rotator;
    }

    /** The bot with a token good for a while yet; unchanged when it needs no refresh or the refresh fails. */
    StoredBot fresh(StoredBot bot) {
        if (!expiring(bot)) {
            return bot;
        }
        try {
            return jdbi.inTransaction(handle -> {
                BotDao bots = handle.attach(BotDao.class);
                Optional<StoredBot> locked = bots.lock(bot);
                if (locked.isEmpty() || !expiring(locked.get())) {
                    return locked.orElse(bot); // uninstalled meanwhile, or refreshed by another instance
                }
                StoredBot current = locked.get();
                Optional<RefreshedToken> refreshed = rotator.performTokenRotation(r -> r
                        .accessToken(current.botToken())
                        .refreshToken(current.botRefreshToken())
                        .expiresAt(current.botTokenExpiresAt().toEpochMilli()));
                if (refreshed.isEmpty()) {
                    return current;
                }
                StoredBot rotated = current.withTokens(refreshed.get().getAccessToken(),
                        refreshed.get().getRefreshToken(), Instant.ofEpochMilli(refreshed.get().getExpiresAt()));
                bots.updateTokens(rotated);
                log.info("Refreshed the bot token of workspace {}", bot.teamId());
                return rotated;
            });
        } catch (TokenRotationException e) {
            // The message names Slack's error code, never a token.
            log.warn("Could not refresh the bot token of workspace {}: {}", bot.teamId(), e.getMessage());
            return bot;
        } catch (JdbiException e) {
            throw InstallationStoreException.of("refresh the bot token of workspace " + bot.teamId(), e);
        }
    }

    private boolean expiring(StoredBot bot) {
        return bot.botRefreshToken() != null && bot.botTokenExpiresAt() != null
                && bot.botTokenExpiresAt().toEpochMilli()
                        <= System.currentTimeMillis() + rotator.getMillisecondsBeforeExpiration();
    }
}
