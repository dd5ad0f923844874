package com.followupbot.followup;

import com.followupbot.pacing.Pause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;

/**
 * Delivers one claimed batch in the order the chats allow, in groups: every step whose chat may be
 * prompted now goes out in one group (at most one per user, so a chat's second prompt waits for the
 * pacer to see the first), a step whose chat is resting waits in the batch and comes back in a later
 * group when its chat is free. A step that would wait longer than {@code longestHold} is handed back
 * (postponed) rather than held, so a claim never outlives its lease.
 */
final class PacedRound {

    /** A wait this short is left to the chat port's own pacing. */
    private static final Duration NEGLIGIBLE = Duration.ofMillis(50);

    private record Held(FollowUpStep step, Instant readyAt) {
    }

    private final PromptPacing pacing;
    private final Duration longestHold;
    private final Clock clock;
    private final Pause pause;

    PacedRound(PromptPacing pacing, Duration longestHold, Clock clock, Pause pause) {
        this.pacing = pacing;
        this.longestHold = longestHold;
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * Delivers the batch ({@code deliver} sends a group, says how many went out); returns how many went out.
     * With {@code nextBatchWaiting}, steps left only waiting for their chats are handed back (due when their
     * chat is free) instead of waited for: the next batch has chats that are free now, and an instance
     * waiting on a few resting chats would leave the bot's overall rate unused (two instances doing so at
     * once showed as half-empty seconds in BurstDrain).
     */
    int run(List<FollowUpStep> batch, ToIntFunction<List<FollowUpStep>> deliver, BiConsumer<FollowUpStep, Duration> postpone,
            boolean nextBatchWaiting) {
        Deque<FollowUpStep> ready = new ArrayDeque<>(batch);
        PriorityQueue<Held> held = new PriorityQueue<>(Comparator.comparing(Held::readyAt));
        int delivered = 0;
        while (!ready.isEmpty() || !held.isEmpty()) {
            if (ready.isEmpty() && nextBatchWaiting) {
                Instant now = clock.instant();
                held.forEach(h -> postpone.accept(h.step(), h.readyAt().isAfter(now) ? Duration.between(now, h.readyAt()) : Duration.ZERO));
                return delivered;
            }
            if (ready.isEmpty() && !awaitFirst(held, ready)) {
                held.forEach(h -> postpone.accept(h.step(), Duration.ZERO));
                return delivered;
            }
            List<FollowUpStep> group = new ArrayList<>();
            Set<Long> users = new HashSet<>();
            Deque<FollowUpStep> later = new ArrayDeque<>();
            while (!ready.isEmpty()) {
                FollowUpStep step = ready.poll();
                if (pacing != PromptPacing.NONE && !users.add(step.userId())) {
                    later.add(step);
                    continue;
                }
                Duration rest = pacing.restBeforePrompting(step.userId());
                if (rest.compareTo(NEGLIGIBLE) <= 0) {
                    group.add(step);
                } else if (rest.compareTo(longestHold) > 0) {
                    postpone.accept(step, rest);
                } else {
                    held.add(new Held(step, clock.instant().plus(rest)));
                }
            }
            if (!group.isEmpty()) {
                delivered += deliver.applyAsInt(group);
            }
            ready = later;
        }
        return delivered;
    }

    /** Waits for the first held step to be ready and moves every ready one over; false if interrupted. */
    private boolean awaitFirst(PriorityQueue<Held> held, Deque<FollowUpStep> ready) {
        Duration wait = Duration.between(clock.instant(), held.peek().readyAt());
        try {
            pause.pause(wait.isNegative() ? Duration.ZERO : wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        Instant now = clock.instant();
        while (!held.isEmpty() && !held.peek().readyAt().isAfter(now)) {
            ready.add(held.poll().step());
        }
        return true;
    }
}
