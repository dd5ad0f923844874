package com.followupbot.slack;

import com.followupbot.DaemonThreads;
import com.followupbot.pacing.Pause;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the core's work runs once Slack has been acked: a few single-thread lanes, each user always on the
 * same one, so one person's messages are handled in the order they came while different people proceed side
 * by side. A full lane makes the caller wait (and so slows the acks) rather than drop work.
 */
final class WorkLanes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkLanes.class);
    private static final int QUEUE_PER_LANE = 1_000;
    static final Duration STOP_GRACE = Duration.ofSeconds(2);
    private static final Duration STOP_POLL = Duration.ofMillis(20);
    private static final Duration THREAD_END = Duration.ofMillis(1);

    private final ThreadPoolExecutor[] lanes;
    private final Pause pause;

    WorkLanes(int count) {
        this(count, Pause.REAL);
    }

    /** {@code pause} is how {@link #close} waits out the grace for work in progress. */
    WorkLanes(int count, Pause pause) {
        this.pause = pause;
        lanes = new ThreadPoolExecutor[count];
        for (int i = 0; i < count; i++) {
            lanes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_PER_LANE),
                    new DaemonThreads("slack-work-" + i), new ThreadPoolExecutor.CallerRunsPolicy());
        }
    }

    /** Runs {@code work} on the lane of {@code key} (a workspace-prefixed user id); a failure is logged, never thrown. */
    void submit(String key, String what, Runnable work) {
        lanes[Math.floorMod(key.hashCode(), lanes.length)].execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("could not handle a Slack {} of {}", what, key, e);
            }
        });
    }

    @Override
    public void close() {
        for (ThreadPoolExecutor lane : lanes) {
            lane.shutdown();
        }
        // one grace for all lanes, counted in the pauses taken: a test's pause moves its clock instead
        Duration waited = Duration.ZERO;
        try {
            while (!allTerminated() && waited.compareTo(STOP_GRACE) < 0) {
                pause.pause(STOP_POLL);
                waited = waited.plus(STOP_POLL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ThreadPoolExecutor lane : lanes) {
            lane.shutdownNow(); // still running after the grace (a paced send, say): cut off; acked, so Slack will not resend it
        }
    }

    /** An idle lane still takes a moment to end its thread: that moment is waited for, in real time. */
    private boolean allTerminated() throws InterruptedException {
        for (ThreadPoolExecutor lane : lanes) {
            if (!lane.awaitTermination(THREAD_END.toNanos(), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }
}
