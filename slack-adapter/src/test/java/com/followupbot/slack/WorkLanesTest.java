package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Stopping the lanes: work in progress gets its grace on the injected pause, then is cut off. */
class WorkLanesTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-12T17:40:00Z"), ZoneOffset.UTC);

    @Test
    @Timeout(10) // a hang guard only
    void workStillRunningAfterTheGraceIsCutOffAndTheGraceIsTakenOnThePause() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cutOff = new CountDownLatch(1);
        WorkLanes lanes = new WorkLanes(2, clock.pause());
        lanes.submit("T1:U1", "test", () -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(); // a send that never returns
            } catch (InterruptedException e) {
                cutOff.countDown();
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        Instant closing = clock.instant();

        lanes.close();

        assertThat(Duration.between(closing, clock.instant())).isEqualTo(WorkLanes.STOP_GRACE);
        assertThat(cutOff.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @Timeout(10) // a hang guard only
    void idleLanesStopWithoutWaiting() {
        WorkLanes lanes = new WorkLanes(2, clock.pause());
        lanes.submit("T1:U1", "test", () -> { });
        Instant closing = clock.instant();

        lanes.close();

        assertThat(Duration.between(closing, clock.instant())).isLessThan(WorkLanes.STOP_GRACE);
    }
}
