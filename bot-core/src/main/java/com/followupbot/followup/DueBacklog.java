package com.followupbot.followup;

import com.followupbot.followup.internal.BacklogDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * How far the prompt dispatcher is behind, across all instances: the follow-up steps due now and not yet
 * prompted, and how long the oldest has waited. One indexed query; made for a metrics scrape, not the bot.
 */
public final class DueBacklog {

    /** {@code oldestWait} is zero when nothing is due. */
    public record Snapshot(long due, Duration oldestWait) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public DueBacklog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Snapshot now() {
        Instant now = clock.instant();
        BacklogDao.Row row = jdbi.withExtension(BacklogDao.class, dao -> dao.due(now));
        Duration wait = row.oldest() == null || row.oldest().isAfter(now) ? Duration.ZERO : Duration.between(row.oldest(), now);
        return new Snapshot(row.due(), wait);
    }
}
