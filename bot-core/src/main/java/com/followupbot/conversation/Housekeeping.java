package com.followupbot.conversation;

import com.followupbot.conversation.internal.ButtonDao;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Tidies what users no longer need: buttons on messages old enough that nobody presses them, and
 * questions whose time ran out. Runs as a calendar job; a press on a purged button gets "expired".
 */
public final class Housekeeping {

    /** Prompts can sit unanswered for weeks; a button lives a year. */
    static final Duration BUTTON_LIFETIME = Duration.ofDays(365);

    private final Jdbi jdbi;
    private final Clock clock;

    public Housekeeping(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Returns how many rows went. */
    public int purge() {
        int buttons = jdbi.withExtension(ButtonDao.class, dao -> dao.purgeOlderThan(clock.instant().minus(BUTTON_LIFETIME)));
        int questions = jdbi.withHandle(handle -> handle.createUpdate("delete from conversation where expires_at < :now")
                .bind("now", clock.instant()).execute());
        return buttons + questions;
    }
}
