package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOne;
import com.followupbot.followup.OneToOnes;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** What a step looks like in the chat: its prompt, the outcome a prompt becomes, the reply to a typed answer. */
public final class StepTexts {

    private final PromptMessages prompts;
    private final ContactBook contacts;
    private final FollowUps followUps;
    private final OneToOnes oneToOnes;
    private final Replies replies;
    private final DateWords dates;
    private final Clock clock;

    public StepTexts(PromptMessages prompts, ContactBook contacts, FollowUps followUps, OneToOnes oneToOnes,
                     Replies replies, Clock clock) {
        this.prompts = prompts;
        this.contacts = contacts;
        this.followUps = followUps;
        this.oneToOnes = oneToOnes;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
        this.clock = clock;
    }

    public OutboundMessage prompt(User user, FollowUpStep step) {
        return prompts.compose(user, step);
    }

    /** The one-line outcome a prompt becomes: done on a day, snoozed until, skipped (and why), booked. */
    public OutboundMessage outcome(User user, FollowUpStep step) {
        return switch (step.state()) {
            case DONE -> step.booked()
                    ? prompts.outcome(user, step, "outcome.booked", "when", bookedFor(user, step))
                    : prompts.outcome(user, step, "outcome.done", "day", day(user, step.closedAt()));
            case SKIPPED -> prompts.outcome(user, step, "outcome.skipped", "reason", reason(user, step));
            case SNOOZED -> prompts.outcome(user, step, "outcome.snoozed",
                    "when", dates.dayAndTime(user.speaks(), step.dueAt(), user.zone()));
            case PENDING, PROMPTED -> prompts.compose(user, step);
        };
    }

    /** The reply to a typed answer: the outcome, and for a done step what comes next in the plan. */
    public String typedOutcome(User user, FollowUpStep step, PromptAnswer.Kind kind, OneToOne booked) {
        if (booked != null) {
            return bookedSaved(user, booked);
        }
        String outcome = outcome(user, step).text();
        return step.state().isOpen() ? outcome : outcome + " " + next(user, step.contactId());
    }

    /** "📅 One-to-one with Anna Rossi on Tue 14 Apr 10:00. I'll remind you that morning." */
    public String bookedSaved(User user, OneToOne booked) {
        String name = name(user, booked.contactId());
        String when = dates.dayAndTime(user.speaks(), booked.startsAt(), user.zone());
        String key = booked.remindAt() == null ? "booked.savedSoon" : booked.briefAt() != null ? "booked.savedBrief" : "booked.saved";
        return replies.text(user, key, "name", name, "when", when);
    }

    /** "Next: the LinkedIn step, Thu 19 Mar." or "That completes the plan. 🎉" */
    public String next(User user, long contactId) {
        Optional<FollowUpStep> next = followUps.ofContact(user.id(), contactId).stream()
                .filter(s -> s.state().isOpen()).findFirst();
        return next.map(s -> replies.text(user, "progress.next", "step", replies.text(user, "step.name." + s.kind()),
                        "when", dates.schedule(user.speaks(), s.dueAt(), clock.instant().atZone(user.zone()))))
                .orElse(replies.text(user, "progress.planComplete"));
    }

    /** "Note to Anna Rossi", for buttons and lists. */
    public String label(User user, FollowUpStep step) {
        return replies.text(user, "step.label." + step.kind(), "name", name(user, step.contactId()));
    }

    /** "the note to Anna Rossi", inside sentences. */
    public String inSentence(User user, FollowUpStep step) {
        return replies.text(user, "step.the." + step.kind(), "name", name(user, step.contactId()));
    }

    public Optional<Contact> contact(User user, long contactId) {
        return contacts.find(user.id(), contactId);
    }

    public String name(User user, long contactId) {
        return contacts.find(user.id(), contactId).map(Contact::fullName).orElse("?");
    }

    private String bookedFor(User user, FollowUpStep step) {
        return oneToOnes.ofStep(user.id(), step.id())
                .map(o -> replies.text(user, "outcome.bookedFor", "when", dates.dayAndTime(user.speaks(), o.startsAt(), user.zone())))
                .orElse("");
    }

    private String reason(User user, FollowUpStep step) {
        String note = step.outcomeNote();
        return note == null || !replies.texts().has(user.speaks(), "note." + note) ? ""
                : replies.text(user, "outcome.because", "reason", replies.text(user, "note." + note));
    }

    private String day(User user, Instant at) {
        return dates.day(user.speaks(), (at == null ? clock.instant() : at).atZone(user.zone()).toLocalDate());
    }
}
