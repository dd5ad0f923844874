package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class BotTasksTest {

    @Test
    void guardedTasksWaitForTheLock() throws InterruptedException {
        AtomicInteger dispatched = new AtomicInteger();
        BotTasks counting = new BotTasks() {
            @Override
            public int dispatchDuePrompts() {
                return dispatched.incrementAndGet();
            }

            @Override
            public int sendDueAgendas() {
                return 0;
            }

            @Override
            public int housekeeping() {
                return 0;
            }
        };
        ReentrantLock turn = new ReentrantLock();
        BotTasks guarded = counting.guardedBy(turn);

        turn.lock(); // the console is handling a line
        Thread background = new Thread(guarded::dispatchDuePrompts);
        background.start();
        await().atMost(Duration.ofSeconds(10)).until(turn::hasQueuedThreads);
        assertThat(dispatched.get()).isZero();

        turn.unlock();
        background.join(Duration.ofSeconds(10).toMillis());
        assertThat(dispatched.get()).isEqualTo(1);
    }
}
