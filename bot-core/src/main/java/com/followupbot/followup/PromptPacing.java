package com.followupbot.followup;

import java.time.Duration;

/**
 * Tells the dispatcher how long a user's chat must rest before their next prompt, so that it sends to
 * other chats meanwhile instead of queueing behind a busy one.
 */
@FunctionalInterface
public interface PromptPacing {

    /** Zero when a prompt to this user may go out now. */
    Duration restBeforePrompting(long userId);

    PromptPacing NONE = userId -> Duration.ZERO;
}
