package com.followupbot.capture;

import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.OneToOne;
import java.util.List;

/**
 * Everything forgetting a contact deleted, kept for the few minutes in which the forget can be undone
 * (then the journal entry holding it is purged): the contact, their meetings with nobody else, their
 * part in shared meetings, their plan and their one-to-ones.
 */
public record ForgottenContact(Contact contact, List<Meeting> meetings, List<MeetingLink> links,
                               List<FollowUpStep> steps, List<OneToOne> oneToOnes) {
}
