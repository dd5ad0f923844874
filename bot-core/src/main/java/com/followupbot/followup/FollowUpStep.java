package com.followupbot.followup;

import com.followupbot.chat.MessageRef;
import java.time.Instant;

/** One step of a contact's plan, as stored. {@code promptChatId}/{@code promptMessageId} name the last prompt. */
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
        Instant bookedFor,
        String promptChatId,
        String promptMessageId) {

    public MessageRef promptMessage() {
        return promptChatId == null || promptMessageId == null ? null : new MessageRef(promptChatId, promptMessageId);
    }
}
