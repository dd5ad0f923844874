package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.OneToOne;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Lines that list steps and one-to-ones: "• Thu 19 Mar — LinkedIn with Anna Rossi". */
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
        return lines(user, steps, List.of());
    }

    /** Steps and one-to-ones in time order. */
    String lines(User user, List<FollowUpStep> steps, List<OneToOne> meetings) {
        record Line(Instant at, String text) {
        }
        List<Line> all = new ArrayList<>();
        steps.forEach(s -> all.add(new Line(s.dueAt(), "• " + when(user, s) + " — " + label(user, s))));
        meetings.forEach(o -> all.add(new Line(o.startsAt(), "• " + dates.schedule(user.speaks(), o.startsAt(), now(user), true)
                + " — " + replies.text(user, "agenda.item.ONE_TO_ONE", "name", name(user, o.contactId())))));
        return all.stream().sorted(Comparator.comparing(Line::at)).map(Line::text).collect(Collectors.joining("\n"));
    }

    /** "tomorrow 09:00", "Thu 19 Mar", or "overdue since Mon 2 Mar" for a step due before today. */
    private String when(User user, FollowUpStep step) {
        ZonedDateTime now = now(user);
        if (step.dueAt().atZone(user.zone()).toLocalDate().isBefore(now.toLocalDate())) {
            return replies.text(user, "date.overdueSince",
                    "day", dates.day(user.speaks(), step.dueAt().atZone(user.zone()).toLocalDate()));
        }
        return dates.schedule(user.speaks(), step.dueAt(), now);
    }

    /** "note to Anna Rossi · LinkedIn with Sara Conti · one-to-one with Luca at 10:00": the agenda's one-line form. */
    String inline(User user, List<FollowUpStep> steps, List<OneToOne> meetings) {
        List<String> items = new ArrayList<>();
        steps.forEach(s -> items.add(label(user, s)));
        meetings.forEach(o -> items.add(replies.text(user, "agenda.item.ONE_TO_ONE.at", "name", name(user, o.contactId()),
                "time", dates.time(o.startsAt(), user.zone()))));
        return String.join(" · ", items);
    }

    String label(User user, FollowUpStep step) {
        return replies.text(user, "agenda.item." + step.kind(), "name", name(user, step.contactId()));
    }

    /** A button that opens the step's prompt: "✉️ Anna Rossi". */
    String openLabel(User user, FollowUpStep step) {
        return replies.text(user, "prompt.icon." + step.kind()) + " " + name(user, step.contactId());
    }

    private String name(User user, long contactId) {
        return contacts.find(user.id(), contactId).map(Contact::fullName).orElse("?");
    }

    private ZonedDateTime now(User user) {
        return clock.instant().atZone(user.zone());
    }
}
