package com.followupbot.app;

import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.Platform;
import com.followupbot.followup.DueBacklog;
import com.followupbot.ops.BotMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's Prometheus metrics (names in README, "Running in production"). Counters are this instance's;
 * the backlog gauges read the shared database, so every instance reports the same backlog.
 */
final class OpsMetrics implements BotMetrics {

    private static final Logger log = LoggerFactory.getLogger(OpsMetrics.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Set while this thread runs a dispatch round: a failed send then is a failed prompt. */
    private final ThreadLocal<Boolean> dispatching = ThreadLocal.withInitial(() -> false);
    /** Registered from the start, so that it reads 0 (and rate() works) before the first outage. */
    private final Counter heldReplayed = Counter.builder("followup.held.replayed")
            .description("Messages kept while the database was away that left the hold once it was back").register(registry);

    @Override
    public void received(Platform platform) {
        registry.counter("followup.messages.in", "platform", label(platform)).increment();
    }

    @Override
    public void notUnderstood(Platform platform) {
        registry.counter("followup.parse.failures", "platform", label(platform)).increment();
    }

    @Override
    public void heldReplayed() {
        heldReplayed.increment();
    }

    /** The messages this instance keeps while the database is away; read from memory, so never NaN. */
    void watchHeld(IntSupplier held) {
        Gauge.builder("followup.held.messages", held::getAsInt)
                .description("Messages kept while the database is away, waiting to be replayed (this instance)")
                .register(registry);
    }

    /** {@code kind}: message, file or edit. */
    void sent(String platform, String kind) {
        registry.counter("followup.messages.out", "platform", platform, "kind", kind).increment();
    }

    void failed(String platform, DeliveryException e) {
        String reason = e.reason() == null ? "UNKNOWN" : e.reason().name();
        registry.counter("followup.delivery.failures", "platform", platform, "reason", reason).increment();
        if (e.reason() == DeliveryException.Reason.RATE_LIMITED) {
            registry.counter("followup.rate.limited", "platform", platform).increment(); // the platforms' 429s
        }
        if (dispatching.get()) {
            registry.counter("followup.prompts.failed").increment();
        }
    }

    /** Runs one dispatch round, counting the prompts it delivered and the sends that failed in it. */
    int dispatchRound(IntSupplier round) {
        dispatching.set(true);
        try {
            int sent = round.getAsInt();
            registry.counter("followup.prompts.sent").increment(sent);
            return sent;
        } finally {
            dispatching.set(false);
        }
    }

    /** The due prompts and the dispatch lag (the oldest due prompt's wait), read from the database at each scrape. */
    void watchBacklog(Supplier<DueBacklog.Snapshot> backlog) {
        Supplier<DueBacklog.Snapshot> safe = () -> {
            try {
                return backlog.get();
            } catch (RuntimeException e) { // the database is down: the gauges say NaN, /healthz says why
                log.debug("backlog query failed", e);
                return null;
            }
        };
        Gauge.builder("followup.prompts.due", () -> {
            DueBacklog.Snapshot s = safe.get();
            return s == null ? Double.NaN : s.due();
        }).description("Follow-up prompts due and not yet delivered (all instances)").register(registry);
        Gauge.builder("followup.dispatch.lag", () -> {
            DueBacklog.Snapshot s = safe.get();
            return s == null ? Double.NaN : s.oldestWait().toMillis() / 1000.0;
        }).baseUnit("seconds").description("How long the oldest due prompt has waited").register(registry);
    }

    /** Prometheus text exposition format. */
    String scrape() {
        return registry.scrape();
    }

    static String label(Platform platform) {
        return platform.name().toLowerCase(Locale.ROOT);
    }
}
