package com.followupbot;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of one bot instance.
 *
 * @param defaultZone zone given to new users until they choose one
 * @param instanceId  names this instance in claims and the outbox, unique among instances sharing a database
 * @param lease       how long a claimed step stays reserved before another instance may take it over
 * @param batchSize   how many due steps the dispatcher claims per round trip
 * @param holdFile    where messages that came while the database was away wait for it (a local file, so
 *                    they survive a restart meanwhile); null keeps them in memory only
 */
public record BotSettings(ZoneId defaultZone, String instanceId, Duration lease, int batchSize, Path holdFile) {
    public BotSettings {
        Objects.requireNonNull(defaultZone, "defaultZone");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(lease, "lease");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    public BotSettings(ZoneId defaultZone, String instanceId, Duration lease, int batchSize) {
        this(defaultZone, instanceId, lease, batchSize, null);
    }

    /** The same settings, with messages kept during an outage in {@code file}. */
    public BotSettings withHoldFile(Path file) {
        return new BotSettings(defaultZone, instanceId, lease, batchSize, file);
    }

    public static BotSettings defaults(ZoneId defaultZone, String instanceId) {
        return new BotSettings(defaultZone, instanceId, Duration.ofMinutes(2), 100);
    }
}
