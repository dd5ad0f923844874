package com.followupbot.followup;

import com.followupbot.chat.MessageRef;
import java.time.Instant;

/**
 * One step of a contact's plan, as stored. {@code promptChatId}/{@code promptMessageId} name the last prompt;
 * {@code outcomeNote} says why it was closed or retried ("not on LinkedIn"), when the user said.
 */
public record FollowUpStep(
        long userId,
        long id,
        long contactId,
        long meetingId,
        StepKind kind,
        StepState state,
        Instant dueAt,
        Instant promptedAt,
        Instant closedAt,
        boolean booked,
        String outcomeNote,
        String promptChatId,
        String promptMessageId) {

    /** Waiting for the user's answer: prompted (or offered at capture) and not yet closed. */
    public boolean awaitsAnswer() {
        return state == StepState.PROMPTED;
    }

    public MessageRef promptMessage() {
        return promptChatId == null || promptMessageId == null ? null : new MessageRef(promptChatId, promptMessageId);
    }
}
