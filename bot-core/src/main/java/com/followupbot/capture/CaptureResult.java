package com.followupbot.capture;

import com.followupbot.followup.FollowUpStep;
import java.util.List;

/**
 * A logged meeting: the contacts it involves, each contact's plan, and the steps already past due
 * when it was logged (offered in the confirmation instead of firing at once).
 */
public record CaptureResult(Meeting meeting, List<Contact> contacts, List<FollowUpStep> steps, List<FollowUpStep> overdue) {
    public CaptureResult {
        contacts = List.copyOf(contacts);
        steps = List.copyOf(steps);
        overdue = List.copyOf(overdue);
    }
}
