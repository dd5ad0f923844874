package com.followupbot.conversation;

import com.followupbot.capture.EventPhrase;

import com.followupbot.capture.Contact;
import com.followupbot.capture.Meeting;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.chat.Button;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.StepKind;
import com.followupbot.followup.StepState;
import com.followupbot.user.Language;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The capture confirmation: every understood field (so any one can be fixed), the plan with dates,
 * steps already due offered inline, and Looks right · Fix · Undo.
 */
public final class CaptureReplies {

    private final MeetingEdits meetings;
    private final Buttons buttons;
    private final Replies replies;
    private final DateWords dates;
    private final Clock clock;

    public CaptureReplies(MeetingEdits meetings, Buttons buttons, Replies replies, Clock clock) {
        this.meetings = meetings;
        this.buttons = buttons;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
        this.clock = clock;
    }

    /** The confirmation of a meeting as it is now; {@code withReview} adds Looks right · Fix · Undo. */
    public OutboundMessage confirmation(User user, long meetingId, boolean withReview) {
        Meeting meeting = meetings.find(user.id(), meetingId).orElseThrow();
        List<Contact> contacts = meetings.contacts(user.id(), meetingId);
        List<FollowUpStep> steps = meetings.steps(user.id(), meetingId);
        List<FollowUpStep> overdue = overdue(steps);
        List<String> lines = new ArrayList<>();
        lines.add(replies.text(user, withReview ? "capture.gotIt" : "capture.saved", "what", summary(user, meeting, contacts)));
        lines.add(plan(user, steps, overdue));
        if (!overdue.isEmpty()) {
            lines.add(replies.text(user, "capture.overdue", "steps", kinds(user, overdue)));
        }
        List<List<Button>> rows = new ArrayList<>();
        if (!overdue.isEmpty()) {
            rows.add(List.of(
                    button(user, "button.overdueShow", ButtonAction.OVERDUE_SHOW, meetingId),
                    button(user, "button.overdueDone", ButtonAction.OVERDUE_DONE, meetingId),
                    button(user, "button.overdueSkip", ButtonAction.OVERDUE_SKIP, meetingId)));
        }
        if (withReview) {
            rows.add(List.of(
                    button(user, "button.looksRight", ButtonAction.CAPTURE_OK, meetingId),
                    button(user, "button.fix", ButtonAction.CAPTURE_FIX, meetingId),
                    button(user, "button.undo", ButtonAction.CAPTURE_UNDO, meetingId)));
        }
        return new OutboundMessage(String.join("\n", lines), rows);
    }

    /** Steps of this meeting that were due when it was logged and have not been answered. */
    public static List<FollowUpStep> overdue(List<FollowUpStep> steps) {
        return steps.stream().filter(s -> s.state() == StepState.PROMPTED && s.promptMessage() == null).toList();
    }

    /** "Anna Rossi · CTO · Acme · anna@acme.it · met at the expo today · note “needs a website”". */
    String summary(User user, Meeting meeting, List<Contact> contacts) {
        Language lang = user.speaks();
        ZonedDateTime now = clock.instant().atZone(user.zone());
        String people = contacts.stream().map(CaptureReplies::person).collect(Collectors.joining("; "));
        String event = EventPhrase.of(meeting.rawText(), meeting.event(),
                meeting.event() == null ? "" : replies.text(user, "event.fallback", "event", meeting.event()));
        String when = dates.met(lang, meeting.metOn(), now.toLocalDate());
        if (meeting.timeKnown()) {
            when += " " + meeting.metAt().atZone(user.zone()).toLocalTime();
        }
        String met = meeting.visit() ? replies.text(user, "capture.visited", "when", when)
                : replies.text(user, "capture.met", "event", event, "when", when);
        String note = meeting.note() == null ? null : replies.text(user, "capture.note", "note", meeting.note());
        return Stream.of(people, met, note).filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    private static String person(Contact c) {
        return Stream.of(c.fullName(), c.role(), c.company(), c.email(), c.phone(), c.linkedin())
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    private String plan(User user, List<FollowUpStep> steps, List<FollowUpStep> overdue) {
        ZonedDateTime now = clock.instant().atZone(user.zone());
        List<String> items = new ArrayList<>();
        for (StepKind kind : StepKind.values()) {
            steps.stream().filter(s -> s.kind() == kind && !overdue.contains(s) && s.state().isOpen()).findFirst()
                    .ifPresent(s -> items.add(replies.text(user, "plan.item." + kind,
                            "when", dates.schedule(user.speaks(), s.dueAt(), now))));
        }
        if (items.isEmpty()) {
            return replies.text(user, "plan.none");
        }
        return replies.text(user, overdue.isEmpty() ? "plan.intro" : "plan.next", "items", String.join(" · ", items));
    }

    private String kinds(User user, List<FollowUpStep> overdue) {
        return overdue.stream().map(FollowUpStep::kind).distinct()
                .map(k -> replies.text(user, "step.name." + k)).collect(Collectors.joining(replies.text(user, "list.and")));
    }

    private Button button(User user, String key, ButtonAction action, long meetingId) {
        return buttons.make(user.id(), replies.text(user, key), action, meetingId);
    }
}
