package com.followupbot.followup;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * When each user may be prompted: a step planned inside working hours can still come due outside them
 * (the bot was down, or a backlog ran late), and then it waits for the user's next working slot.
 */
@FunctionalInterface
public interface PromptWindow {

    /** For each of the users, the first moment at or after {@code now} a prompt may reach them; absent: now. */
    Map<Long, Instant> opensAt(Collection<Long> userIds, Instant now);

    PromptWindow ALWAYS = (userIds, now) -> Map.of();
}
