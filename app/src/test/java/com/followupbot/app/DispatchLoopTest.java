package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DispatchLoopTest {

    @Test
    void callsTheDispatcherRepeatedly() throws InterruptedException {
        CountDownLatch threeRounds = new CountDownLatch(3);
        try (DispatchLoop loop = DispatchLoop.start(() -> {
            threeRounds.countDown();
            return 0;
        }, Duration.ofMillis(10))) {
            assertThat(threeRounds.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(loop.isRunning()).isTrue();
        }
    }

    @Test
    void keepsGoingAfterAFailedRound() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch roundAfterFailure = new CountDownLatch(1);
        try (DispatchLoop loop = DispatchLoop.start(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database restarting");
            }
            roundAfterFailure.countDown();
            return 1;
        }, Duration.ofMillis(10))) {
            assertThat(roundAfterFailure.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(loop.isRunning()).isTrue();
        }
        assertThat(calls.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void closeWaitsForTheRoundInProgressAndStops() throws InterruptedException {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        DispatchLoop loop = DispatchLoop.start(() -> {
            inRound.countDown();
            awaitQuietly(release);
            finished.incrementAndGet();
            return 0;
        }, Duration.ofMillis(10));
        assertThat(inRound.await(10, TimeUnit.SECONDS)).isTrue();

        Thread closer = new Thread(loop::close);
        closer.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !loop.isRunning()); // shut down, round still busy
        release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(closer.isAlive()).isFalse();
        assertThat(loop.isRunning()).isFalse();
        assertThat(finished.get()).isEqualTo(1); // the round in progress completed; no new round started
    }

    @Test
    void refusesANonPositiveInterval() {
        assertThatThrownBy(() -> DispatchLoop.start(() -> 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
