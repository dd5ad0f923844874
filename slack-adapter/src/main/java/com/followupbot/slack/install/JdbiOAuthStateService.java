package com.followupbot.slack.install;

import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Bolt's OAuth state store in PostgreSQL (slack_oauth_state). A state is issued by /slack/install, sent
 * back by Slack to /slack/oauth_redirect, and good once, for {@link #getExpirationInSeconds()} (Bolt's 10
 * minutes). Bolt also keeps it in a cookie and checks that the two match ({@link #isValid}).
 *
 * <p>Bolt checks a state ({@link #isAvailableInDatabase}), calls oauth.v2.access, then consumes it. Two
 * callbacks with one state can both pass the check, so consuming is the real gate: a single
 * {@code delete … returning}, and the one that finds nothing to delete fails before anything is saved.
 */
public final class JdbiOAuthStateService implements OAuthStateService {

    private final SafeTransactions store;
    private final Clock clock;

    public JdbiOAuthStateService(Jdbi jdbi, Clock clock) {
        this.store = new SafeTransactions(jdbi);
        this.clock = clock;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        Instant now = clock.instant();
        store.run("store an OAuth state", handle -> {
            OAuthStateDao states = handle.attach(OAuthStateDao.class);
            states.deleteExpired(now);
            states.insert(state, now.plus(Duration.ofSeconds(getExpirationInSeconds())));
            return null;
        });
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return state != null && store.run("check an OAuth state",
                handle -> handle.attach(OAuthStateDao.class).isLive(state, clock.instant()));
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        Optional<Instant> expiresAt = state == null ? Optional.empty()
                : store.run("consume an OAuth state", handle -> handle.attach(OAuthStateDao.class).take(state));
        if (expiresAt.isEmpty() || !expiresAt.get().isAfter(clock.instant())) {
            throw new IllegalStateException("this install link was already used or has expired");
        }
    }
}
