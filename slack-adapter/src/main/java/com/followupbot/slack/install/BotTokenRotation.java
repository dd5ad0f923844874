package com.followupbot.slack.install;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.token_rotation.TokenRotationException;
import com.slack.api.token_rotation.TokenRotator;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes a bot token that is about to expire (apps with token rotation on) before it is handed out,
 * with oauth.v2.access (grant_type=refresh_token) and the client id, secret and margin of Bolt's {@link TokenRotator}.
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
    private final Clock clock;

    /** {@code clock} says when a token is about to expire: tests move it. */
    BotTokenRotation(SafeTransactions store, TokenRotator rotator, Clock clock) {
        this.jdbi = store.jdbi();
        this.rotator = rotator;
        this.clock = clock;
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
                StoredBot rotated = rotate(locked.get());
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

    /**
     * oauth.v2.access with grant_type=refresh_token, as Bolt's {@link TokenRotator} sends it, but called here:
     * the rotator judges expiry and dates the new token by the system clock, this by the injected one.
     */
    private StoredBot rotate(StoredBot current) throws TokenRotationException {
        OAuthV2AccessResponse response;
        try {
            response = rotator.getMethodsClient().oauthV2Access(r -> r.clientId(rotator.getClientId())
                    .clientSecret(rotator.getClientSecret()).grantType("refresh_token").refreshToken(current.botRefreshToken()));
        } catch (IOException | SlackApiException e) {
            throw new TokenRotationException("oauth.v2.access failed: " + e.getClass().getSimpleName(), e);
        }
        if (!response.isOk()) {
            throw new TokenRotationException("oauth.v2.access said " + response.getError());
        }
        Instant expiresAt = response.getExpiresIn() == null ? null : clock.instant().plusSeconds(response.getExpiresIn());
        return current.withTokens(response.getAccessToken(), response.getRefreshToken(), expiresAt);
    }

    private boolean expiring(StoredBot bot) {
        return bot.botRefreshToken() != null && bot.botTokenExpiresAt() != null
                && !bot.botTokenExpiresAt().isAfter(clock.instant().plusMillis(rotator.getMillisecondsBeforeExpiration()));
    }
}
