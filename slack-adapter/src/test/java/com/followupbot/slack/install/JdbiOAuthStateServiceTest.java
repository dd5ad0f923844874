package com.followupbot.slack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupbot.Storage;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class JdbiOAuthStateServiceTest {

    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final JdbiOAuthStateService states = new JdbiOAuthStateService(jdbi, clock);

    @Test
    void anIssuedStateIsAvailableUntilConsumedOnce() throws Exception {
        String state = states.generateNewStateValue();
        states.addNewStateToDatastore(state);

        assertThat(states.isAvailableInDatabase(state)).isTrue();
        assertThat(states.isAvailableInDatabase(state)).as("checking has no side effect").isTrue();

        states.deleteStateFromDatastore(state);

        assertThat(states.isAvailableInDatabase(state)).isFalse();
        assertThatThrownBy(() -> states.deleteStateFromDatastore(state)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unknownStatesAreNotAvailable() {
        assertThat(states.isAvailableInDatabase("forged-state")).isFalse();
        assertThat(states.isAvailableInDatabase(null)).isFalse();
        assertThatThrownBy(() -> states.deleteStateFromDatastore("forged-state"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStateExpiresAfterTenMinutes() throws Exception {
        String state = states.generateNewStateValue();
        states.addNewStateToDatastore(state);

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(states.isAvailableInDatabase(state)).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(states.isAvailableInDatabase(state)).isFalse();
        assertThatThrownBy(() -> states.deleteStateFromDatastore(state)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void expiredStatesOfAbandonedInstallsAreClearedWhenANewOneIsIssued() throws Exception {
        states.addNewStateToDatastore("abandoned");
        clock.advance(Duration.ofMinutes(11));

        states.addNewStateToDatastore("fresh");

        List<String> stored = jdbi.withHandle(
                h -> h.createQuery("select state from slack_oauth_state").mapTo(String.class).list());
        assertThat(stored).containsExactly("fresh");
    }

    @Test
    void twoCallbacksWithOneStateConsumeItOnlyOnce() throws Exception {
        String state = states.generateNewStateValue();
        states.addNewStateToDatastore(state);
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        int consumed = 0;
        try {
            List<Callable<Void>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> {
                    states.deleteStateFromDatastore(state);
                    return null;
                });
            }
            for (Future<Void> attempt : callbacks.invokeAll(attempts)) {
                try {
                    attempt.get();
                    consumed++;
                } catch (ExecutionException refused) {
                    assertThat(refused.getCause()).isInstanceOf(IllegalStateException.class);
                }
            }
        } finally {
            callbacks.shutdownNow();
        }
        assertThat(consumed).isEqualTo(1);
    }
}
