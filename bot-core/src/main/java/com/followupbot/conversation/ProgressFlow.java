package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.chat.ChatId;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.StepKind;
import com.followupbot.user.User;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** "emailed Anna": real contact moves the plan forward, so the bot never nags about something done. */
public final class ProgressFlow {

    private final ContactBook contacts;
    private final FollowUps followUps;
    private final StepAnswerFlow answers;
    private final Replies replies;
    private final DateWords dates;
    private final Clock clock;

    public ProgressFlow(ContactBook contacts, FollowUps followUps, StepAnswerFlow answers, Replies replies, Clock clock) {
        this.contacts = contacts;
        this.followUps = followUps;
        this.answers = answers;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
        this.clock = clock;
    }

    public void report(User user, ChatId chat, StepKind kind, String name) {
        List<Contact> found = contacts.matching(user.id(), name);
        if (found.isEmpty()) {
            replies.say(user, chat, "progress.unknown", "name", name);
            return;
        }
        Contact contact = found.get(0);
        List<FollowUpStep> plan = followUps.ofContact(user.id(), contact.id());
        Optional<FollowUpStep> step = plan.stream().filter(s -> s.kind() == kind).findFirst();
        if (step.isEmpty() || !step.get().state().isOpen()) {
            replies.say(user, chat, "progress.already", "name", contact.fullName(), "step", kind.number());
            return;
        }
        Optional<FollowUpStep> done = followUps.done(user.id(), step.get().id());
        done.ifPresent(s -> replies.edit(s.promptMessage(), answers.outcome(user, s)));
        Optional<FollowUpStep> next = followUps.ofContact(user.id(), contact.id()).stream()
                .filter(s -> s.state().isOpen()).findFirst();
        String nextText = next.map(s -> replies.text(user, "progress.next", "step", replies.text(user, "step.name." + s.kind()),
                        "when", dates.schedule(user.speaks(), s.dueAt(), clock.instant().atZone(user.zone()))))
                .orElse(replies.text(user, "progress.planComplete"));
        replies.say(user, chat, "progress.done", "name", contact.fullName(), "step", kind.number(), "next", nextText);
    }
}
