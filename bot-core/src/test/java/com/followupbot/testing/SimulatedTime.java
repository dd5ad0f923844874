package com.followupbot.testing;

import com.followupbot.MovableClock;
import com.followupbot.pacing.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Time for tests where several threads (bot instances) pace on one {@link MovableClock}: a pause waits
 * until the clock reaches its end, and the clock moves only when every one of the {@code parties} is
 * pausing, to the earliest end among them. So a thread never sees time pass between its pauses (its
 * sends go out at the instants it waited for, as on an idle machine), whatever the machine's load, and
 * no test waits in real time. With no parties (before {@link #start}, after every {@link #leave}), a pause
 * moves the clock at once.
 */
public final class SimulatedTime implements Pause {

    private final MovableClock clock;
    private final List<Waiter> waiters = new ArrayList<>();
    private int parties;

    private static final class Waiter {
        final Instant until;
        boolean released;

        Waiter(Instant until) {
            this.until = until;
        }
    }

    public SimulatedTime(MovableClock clock) {
        this.clock = clock;
    }

    /** {@code count} threads start working: from now on time moves only when all of them pause. */
    public synchronized void start(int count) {
        parties += count;
    }

    public MovableClock clock() {
        return clock;
    }

    @Override
    public synchronized void pause(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        Waiter me = new Waiter(clock.instant().plus(duration));
        waiters.add(me);
        try {
            while (!me.released) {
                if (waiters.size() >= parties) {
                    moveToEarliest();
                } else {
                    wait();
                }
            }
        } finally {
            waiters.remove(me);
        }
    }

    /** A party is done with its work: the others no longer wait for it to pause. */
    public synchronized void leave() {
        parties--;
        if (!waiters.isEmpty() && waiters.size() >= parties) {
            moveToEarliest();
        }
    }

    private void moveToEarliest() {
        Instant earliest = waiters.stream().map(w -> w.until).min(Comparator.naturalOrder()).orElseThrow();
        if (earliest.isAfter(clock.instant())) {
            clock.set(earliest);
        }
        Instant now = clock.instant();
        // released waiters leave the list now, so the ones still waiting do not count them as pausing
        waiters.removeIf(w -> {
            if (!w.until.isAfter(now)) {
                w.released = true;
                return true;
            }
            return false;
        });
        notifyAll();
    }
}
