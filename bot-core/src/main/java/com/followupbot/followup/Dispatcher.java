package com.followupbot.followup;

import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.MessageRef;
import com.followupbot.followup.internal.DeliveryDao;
import com.followupbot.followup.internal.StepDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the prompts of due steps. Each round claims a batch with SKIP LOCKED and a lease, writes the
 * attempt to the outbox, calls the chat port, then marks the step prompted. Several instances may run
 * it on one database: each step is claimed by one of them; a crashed instance's claims are taken over
 * once their lease expires (at-least-once delivery: a crash between send and mark re-sends once).
 * With {@link PromptPacing}, a batch goes out in the order the chats' rate limits allow.
 */
public final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration UNREACHABLE_RETRY = Duration.ofHours(1);
    private static final Duration MAX_HOLD = Duration.ofSeconds(10);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY = Duration.ofHours(6);

    private final Jdbi jdbi;
    private final Clock clock;
    private final PromptSender sender;
    private final String instance;
    private final Duration lease;
    private final int batchSize;
    private final LongConsumer onBlocked;
    private final PacedRound round;

    public Dispatcher(Jdbi jdbi, Clock clock, PromptSender sender, String instance, Duration lease, int batchSize,
                      LongConsumer onBlocked, PromptPacing pacing) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sender = sender;
        this.instance = instance;
        this.lease = lease;
        this.batchSize = batchSize;
        this.onBlocked = onBlocked;
        // hold a step for its chat at most a quarter of the lease, so the claim never runs out meanwhile
        this.round = new PacedRound(pacing, lease.dividedBy(4).compareTo(MAX_HOLD) < 0 ? lease.dividedBy(4) : MAX_HOLD);
    }

    /** Claims and prompts due steps until none is left; returns how many prompts were delivered. */
    public int dispatchDue() {
        int delivered = 0;
        List<FollowUpStep> claimed = claim();
        while (!claimed.isEmpty()) {
            delivered += round.run(claimed, this::deliver, this::postpone);
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            claimed = claim();
        }
        return delivered;
    }

    /** Clears claims whose lease expired, so they show as free; returns how many. */
    public int releaseExpiredLeases() {
        return jdbi.withExtension(StepDao.class, dao -> dao.releaseExpired(clock.instant()));
    }

    private List<FollowUpStep> claim() {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle ->
                handle.attach(StepDao.class).claimDue(instance, now, now.plus(lease), batchSize));
    }

    private boolean deliver(FollowUpStep step) {
        long attempt = jdbi.withExtension(DeliveryDao.class,
                dao -> dao.attempt(step.userId(), step.id(), instance, clock.instant()));
        try {
            MessageRef sent = sender.sendPrompt(step);
            if (sent == null) {
                failed(step, attempt, "no private chat known", UNREACHABLE_RETRY);
                return false;
            }
            jdbi.useTransaction(handle -> {
                Instant now = clock.instant();
                handle.attach(StepDao.class).markPrompted(step.userId(), step.id(), instance, now,
                        sent.chatId(), sent.messageId());
                handle.attach(DeliveryDao.class).delivered(step.userId(), attempt, now, sent.messageId());
            });
            return true;
        } catch (DeliveryException e) {
            if (e.reason() == DeliveryException.Reason.BLOCKED_BY_USER) {
                onBlocked.accept(step.userId());
            }
            failed(step, attempt, e.reason() + ": " + e.getMessage(), retryDelay(step, e));
            return false;
        } catch (RuntimeException e) {
            log.error("prompt for step {} of user {} failed", step.id(), step.userId(), e);
            failed(step, attempt, e.getClass().getSimpleName(), retryDelay(step, null));
            return false;
        }
    }

    /** Gives the claim back untried: its chat is resting, and another round will send it. */
    private void postpone(FollowUpStep step, Duration wait) {
        jdbi.useExtension(StepDao.class, dao -> dao.release(step.userId(), step.id(), instance, clock.instant().plus(wait)));
    }

    private void failed(FollowUpStep step, long attempt, String error, Duration retryIn) {
        log.warn("prompt for step {} of user {} not delivered ({}); retry in {}", step.id(), step.userId(), error, retryIn);
        jdbi.useTransaction(handle -> {
            handle.attach(DeliveryDao.class).failed(step.userId(), attempt, error);
            handle.attach(StepDao.class).release(step.userId(), step.id(), instance, clock.instant().plus(retryIn));
        });
    }

    /**
     * When to try again: when the platform said, else a minute doubling with each failure since the last
     * delivered prompt, up to six hours. A chat that keeps refusing is retried rarely, never dropped.
     */
    private Duration retryDelay(FollowUpStep step, DeliveryException e) {
        if (e != null && e.retryAfter() != null) {
            return e.retryAfter();
        }
        int failures = jdbi.withExtension(DeliveryDao.class, dao -> dao.failuresSinceDelivery(step.userId(), step.id()));
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failures, 16));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }
}
