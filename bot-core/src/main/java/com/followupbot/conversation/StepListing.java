package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.user.User;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** Lines that list steps: "• Thu 19 Mar — LinkedIn with Anna Rossi". */
final class StepListing {

    private final ContactBook contacts;
    private final Replies replies;
    private final DateWords dates;
    private final Clock clock;

    StepListing(ContactBook contacts, Replies replies, Clock clock) {
        this.contacts = contacts;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
        this.clock = clock;
    }

    String lines(User user, List<FollowUpStep> steps) {
        return steps.stream().map(s -> "• " + when(user, s) + " — " + label(user, s)).collect(Collectors.joining("\n"));
    }

    /** "tomorrow 09:00", "Thu 19 Mar", or "overdue since Mon 2 Mar" for a step due before today. */
    private String when(User user, FollowUpStep step) {
        java.time.ZonedDateTime now = clock.instant().atZone(user.zone());
        if (step.dueAt().atZone(user.zone()).toLocalDate().isBefore(now.toLocalDate())) {
            return replies.text(user, "date.overdueSince",
                    "day", dates.day(user.speaks(), step.dueAt().atZone(user.zone()).toLocalDate()));
        }
        return dates.schedule(user.speaks(), step.dueAt(), now);
    }

    /** "note to Anna Rossi · LinkedIn with Sara Conti": the agenda's one-line form. */
    String inline(User user, List<FollowUpStep> steps) {
        return steps.stream().map(s -> label(user, s)).collect(Collectors.joining(" · "));
    }

    String label(User user, FollowUpStep step) {
        String name = contacts.find(user.id(), step.contactId()).map(Contact::fullName).orElse("?");
        return replies.text(user, "agenda.item." + step.kind(), "name", name);
    }
}
