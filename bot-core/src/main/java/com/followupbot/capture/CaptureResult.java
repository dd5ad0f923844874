package com.followupbot.capture;

import com.followupbot.followup.FollowUpStep;
import java.util.List;

/**
 * A logged meeting: the contacts it involves, each contact's plan, and the steps already past due
 * when it was logged (offered in the confirmation instead of firing at once). {@code created} are the
 * contacts this meeting created and {@code enrichedBefore} the known ones as they were before it added
 * details, so an undo can put everything back.
 */
public record CaptureResult(Meeting meeting, List<Contact> contacts, List<FollowUpStep> steps, List<FollowUpStep> overdue,
                            List<Long> created, List<Contact> enrichedBefore) {
    public CaptureResult {
        contacts = List.copyOf(contacts);
        steps = List.copyOf(steps);
        overdue = List.copyOf(overdue);
        created = List.copyOf(created);
        enrichedBefore = List.copyOf(enrichedBefore);
    }
}
