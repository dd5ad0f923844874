package com.followupbot.app;

import java.time.Duration;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;

/**
 * The calendar jobs running on this node, counted so that a close can wait for them itself. Quartz's own
 * {@code shutdown(true)} waits by joining its scheduler thread first, and that thread, when a firing met a
 * database that went away, retries in a loop that only the job store's shutdown (which comes after the join)
 * ends: the close would wait for the server to come back.
 */
final class RunningJobs extends JobListenerSupport {

    private int running;

    @Override
    public String getName() {
        return "running-jobs";
    }

    @Override
    public synchronized void jobToBeExecuted(JobExecutionContext context) {
        running++;
    }

    @Override
    public synchronized void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        running--;
        notifyAll();
    }

    /** Waits until none runs, at most {@code limit}; true when none does. */
    synchronized boolean awaitNone(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
