package com.followupbot.followup;

import com.followupbot.DaemonThreads;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.MessageRef;
import com.followupbot.followup.internal.DeliveryDao;
import com.followupbot.followup.internal.StepDao;
import com.followupbot.pacing.Pause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the prompts of due steps. Each round claims a batch with SKIP LOCKED and a lease, renders it, writes
 * the attempts to the outbox, calls the chat port, then marks the steps prompted: each of these one statement
 * per batch, not per step. Several instances may run it on one database: each step is claimed by one of them;
 * a crashed instance's claims are taken over once their lease expires (at-least-once delivery: a crash between
 * send and mark re-sends once).
 * With {@link PromptPacing}, a batch goes out in the order the chats' rate limits allow.
 */
public final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration UNREACHABLE_RETRY = Duration.ofHours(1);
    private static final Duration MAX_HOLD = Duration.ofSeconds(10);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY = Duration.ofHours(6);
    private static final int FLUSH_EVERY = 1_000;
    private static final Duration FLUSH_AFTER = Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final PromptSender sender;
    private final String instance;
    private final Duration lease;
    private final int batchSize;
    private final LongConsumer onBlocked;
    private final PacedRound round;
    /** Claims the next batch ahead; its one thread ends when idle, so an idle bot holds none. */
    private final Executor claimAhead;
    private final PromptWindow window;

    public Dispatcher(Jdbi jdbi, Clock clock, PromptSender sender, String instance, Duration lease, int batchSize,
                      LongConsumer onBlocked, PromptPacing pacing, Pause pause) {
        this(jdbi, clock, sender, instance, lease, batchSize, onBlocked, pacing, pause, PromptWindow.ALWAYS);
    }

    public Dispatcher(Jdbi jdbi, Clock clock, PromptSender sender, String instance, Duration lease, int batchSize,
                      LongConsumer onBlocked, PromptPacing pacing, Pause pause, PromptWindow window) {
        this.window = window;
        this.jdbi = jdbi;
        this.clock = clock;
        this.sender = sender;
        this.instance = instance;
        this.lease = lease;
        this.batchSize = batchSize;
        this.onBlocked = onBlocked;
        // hold a step for its chat at most a quarter of the lease, so the claim never runs out meanwhile
        this.claimAhead = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new DaemonThreads("claim-ahead-" + instance));
        this.round = new PacedRound(pacing, lease.dividedBy(4).compareTo(MAX_HOLD) < 0 ? lease.dividedBy(4) : MAX_HOLD, clock, pause);
    }

    /**
     * Claims and prompts due steps until none is left; returns how many prompts were delivered. While a full
     * batch is rendered and sent, the next one is claimed on another connection: the database works on the
     * claim while this thread renders, instead of waiting idle between rounds (a backlog drains about a
     * third faster; a batch that is not full means nothing more is due, so small rounds claim once).
     */
    public int dispatchDue() {
        int delivered = 0;
        Claimed claimed = claim();
        while (!claimed.steps().isEmpty()) {
            CompletableFuture<Claimed> next = claimed.steps().size() >= batchSize
                    ? CompletableFuture.supplyAsync(this::claim, claimAhead) : null;
            Instant sendBy = claimed.sendBy();
            delivered += round.run(claimed.steps(), group -> deliver(group, sendBy), this::postpone, next != null);
            if (Thread.currentThread().isInterrupted()) {
                if (next != null) { // stopping: what was claimed ahead goes back at once, not when its lease ends
                    next.thenAccept(ahead -> ahead.steps().forEach(step -> postpone(step, Duration.ZERO)));
                }
                break;
            }
            claimed = next != null ? awaitClaim(next) : claim();
        }
        return delivered;
    }

    /**
     * A claimed batch, and the instant past which none of it may be sent: a quarter of the lease before it
     * ends, so the pacer's last wait and the send itself finish while the claim is still ours. A batch still
     * unsent then (a platform slower than the batch assumed, a loaded machine) is handed back, never sent
     * after another instance may have taken it over.
     */
    private record Claimed(List<FollowUpStep> steps, Instant sendBy) {
    }

    private static Claimed awaitClaim(CompletableFuture<Claimed> claim) {
        try {
            return claim.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Clears claims whose lease expired, so they show as free; returns how many. */
    public int releaseExpiredLeases() {
        return jdbi.withExtension(StepDao.class, dao -> dao.releaseExpired(clock.instant()));
    }

    /** The next batch to prompt; a batch whose users are all outside their working hours is given back and the next one claimed. */
    private Claimed claim() {
        while (true) {
            Instant now = clock.instant();
            Instant sendBy = now.plus(lease).minus(lease.dividedBy(4));
            List<FollowUpStep> claimed = jdbi.inTransaction(handle ->
                    handle.attach(StepDao.class).claimDue(instance, now, now.plus(lease), batchSize));
            // the claim returns rows in table order: prompts go out oldest due first
            List<FollowUpStep> open = inWindow(claimed.stream()
                    .sorted(Comparator.comparing(FollowUpStep::dueAt).thenComparing(FollowUpStep::id)).toList(), now);
            if (claimed.isEmpty() || !open.isEmpty()) {
                return new Claimed(open, sendBy);
            }
        }
    }

    /** The claimed steps whose users may be prompted now; the others are given back until their window opens. */
    private List<FollowUpStep> inWindow(List<FollowUpStep> claimed, Instant now) {
        if (claimed.isEmpty()) {
            return claimed;
        }
        Map<Long, Instant> opens = window.opensAt(claimed.stream().map(FollowUpStep::userId).distinct().toList(), now);
        List<FollowUpStep> open = new ArrayList<>(claimed.size());
        for (FollowUpStep step : claimed) {
            Instant at = opens.getOrDefault(step.userId(), now);
            if (at.isAfter(now)) {
                postpone(step, Duration.between(now, at));
            } else {
                open.add(step);
            }
        }
        return open;
    }

    /**
     * Delivers a group of steps set-based: all prompts rendered (their buttons in one insert), all attempts
     * written to the outbox in one insert before the port is called, then the sent ones marked in one
     * update per flush. A crash after a send and before its mark re-sends that prompt once the lease ends.
     */
    private int deliver(List<FollowUpStep> group, Instant sendBy) {
        // the buttons and the outbox rows commit together (one WAL flush), before anything is sent
        Map<Long, Long> attempts = new HashMap<>();
        List<PromptSender.Prepared> prepared = jdbi.inTransaction(handle -> {
            List<PromptSender.Prepared> rendered = sender.prepare(group);
            attempts.putAll(handle.attach(DeliveryDao.class).attemptAll(
                    group.stream().map(FollowUpStep::userId).toArray(Long[]::new),
                    group.stream().map(FollowUpStep::id).toArray(Long[]::new), instance, clock.instant()));
            return rendered;
        });
        List<Sent> sent = new ArrayList<>();
        Instant flushedAt = clock.instant();
        int delivered = 0;
        for (int i = 0; i < prepared.size(); i++) {
            if (clock.instant().isAfter(sendBy)) {
                handBack(prepared.subList(i, prepared.size()), attempts);
                break;
            }
            PromptSender.Prepared prompt = prepared.get(i);
            Sent done = send(prompt, attempts.get(prompt.step().id()));
            if (done != null) {
                sent.add(done);
            }
            // marks wait at most a second or a thousand sends: a slow platform must not stretch the re-send window
            if (sent.size() >= FLUSH_EVERY || Duration.between(flushedAt, clock.instant()).compareTo(FLUSH_AFTER) > 0) {
                delivered += mark(sent);
                flushedAt = clock.instant();
            }
        }
        return delivered + mark(sent);
    }

    private record Sent(FollowUpStep step, long attempt, MessageRef ref) {
    }

    private Sent send(PromptSender.Prepared prompt, long attempt) {
        FollowUpStep step = prompt.step();
        try {
            MessageRef sent = prompt.send();
            if (sent == null) {
                failed(step, attempt, "no private chat known", UNREACHABLE_RETRY);
                return null;
            }
            return new Sent(step, attempt, sent);
        } catch (DeliveryException e) {
            if (e.reason() == DeliveryException.Reason.BLOCKED_BY_USER) {
                onBlocked.accept(step.userId());
            }
            failed(step, attempt, e.reason() + ": " + e.getMessage(), retryDelay(step, e));
            return null;
        } catch (RuntimeException e) {
            log.error("prompt for step {} of user {} failed", step.id(), step.userId(), e);
            failed(step, attempt, e.getClass().getSimpleName(), retryDelay(step, null));
            return null;
        }
    }

    /** Marks the sent steps prompted and their attempts delivered, in one transaction; empties the list. */
    private int mark(List<Sent> sent) {
        if (sent.isEmpty()) {
            return 0;
        }
        Long[] userIds = sent.stream().map(s -> s.step().userId()).toArray(Long[]::new);
        String[] messageIds = sent.stream().map(s -> s.ref().messageId()).toArray(String[]::new);
        jdbi.useTransaction(handle -> {
            Instant now = clock.instant();
            StepDao steps = handle.attach(StepDao.class);
            steps.planForThisBatch();
            Set<Long> marked = new HashSet<>(steps.markAllPrompted(userIds, sent.stream().map(s -> s.step().id()).toArray(Long[]::new),
                    sent.stream().map(s -> s.ref().chatId()).toArray(String[]::new), messageIds, instance, now));
            for (Sent s : sent) {
                if (!marked.contains(s.step().id())) { // changed meanwhile: by key, or not at all if the claim was taken over
                    steps.markPrompted(s.step().userId(), s.step().id(), s.ref().chatId(), s.ref().messageId(), instance, now);
                }
            }
            handle.attach(DeliveryDao.class).deliveredAll(userIds, sent.stream().map(Sent::attempt).toArray(Long[]::new),
                    messageIds, now);
        });
        int count = sent.size();
        sent.clear();
        return count;
    }

    /** The lease is running out: the unsent prompts go back due at once, their attempts withdrawn (never sent). */
    private void handBack(List<PromptSender.Prepared> unsent, Map<Long, Long> attempts) {
        log.warn("{} prompt(s) of a batch not sent before the claim's lease ran short; handed back", unsent.size());
        jdbi.useTransaction(handle -> {
            DeliveryDao deliveries = handle.attach(DeliveryDao.class);
            StepDao steps = handle.attach(StepDao.class);
            for (PromptSender.Prepared prompt : unsent) {
                FollowUpStep step = prompt.step();
                deliveries.withdraw(step.userId(), attempts.get(step.id()));
                steps.release(step.userId(), step.id(), instance, clock.instant());
            }
        });
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
