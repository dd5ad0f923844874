package com.followupbot.conversation;

import com.followupbot.Transactions;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The loop every scheduled message (agenda, one-to-one brief, reminder and question, referral check)
 * shares: claim a few due items with SKIP LOCKED, send each and mark it, in one transaction per batch.
 * Nothing is marked before it is sent, so an instance that dies mid-batch leaves the rest due for the
 * next sweep (at least once); with several instances each goes out once. Batches are small because a
 * database lost mid-batch rolls back the marks of what the batch sent already, which then goes again:
 * at most {@link #BATCH} duplicates, and the platform's pace, not these claims, bounds the rate anyway.
 */
final class ScheduledSweep {

    static final int BATCH = 10;

    private ScheduledSweep() {
    }

    /**
     * Sends everything due; returns how many were sent. A platform that is down stops the sweep: the item
     * and the rest stay due for the next one, a minute on.
     */
    static <T> int run(Transactions transactions, IntFunction<List<T>> claim, Function<T, ScheduledOutcome> send,
                       Consumer<T> markDone) {
        int sent = 0;
        int claimed;
        do {
            int[] round = transactions.inOne(() -> {
                List<T> due = claim.apply(BATCH);
                int count = 0;
                for (T item : due) {
                    ScheduledOutcome outcome = send.apply(item);
                    if (outcome == ScheduledOutcome.RETRY_LATER) {
                        return new int[] {0, count};
                    }
                    count += outcome == ScheduledOutcome.SENT ? 1 : 0;
                    markDone.accept(item);
                }
                return new int[] {due.size(), count};
            });
            claimed = round[0];
            sent += round[1];
        } while (claimed == BATCH);
        return sent;
    }
}
