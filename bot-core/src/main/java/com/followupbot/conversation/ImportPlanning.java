package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.MeetingLog;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.StepKind;
import com.followupbot.followup.StepState;
import com.followupbot.user.User;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Plan their follow-ups" under an import's summary: the 24/7/30 plan, counted from the day the file says they
 * connected, for the imported contacts connected lately. The LinkedIn step is done already (the file is the
 * proof), and a step whose time went by while the contact sat in a file is skipped rather than fired late.
 */
final class ImportPlanning {

    /** How recent a connection must be for its plan to be offered: within the 30 days of the plan. */
    static final int RECENT_DAYS = 30;
    /** The file gives a day, not a time. */
    private static final LocalTime UNKNOWN_TIME = LocalTime.NOON;

    private final ContactBook contacts;
    private final MeetingLog meetings;
    private final FollowUps followUps;
    private final Buttons buttons;
    private final Replies replies;

    ImportPlanning(ContactBook contacts, MeetingLog meetings, FollowUps followUps, Buttons buttons, Replies replies) {
        this.contacts = contacts;
        this.meetings = meetings;
        this.followUps = followUps;
        this.buttons = buttons;
        this.replies = replies;
    }

    /** {@code param} is the button's "contactId=day,…"; contacts since removed (undone) are passed over. */
    String plan(User user, Inbound.Press press, long target, String param) {
        buttons.retire(user.id(), target, ButtonAction.IMPORT_PLAN);
        List<String> names = new ArrayList<>();
        for (String entry : param.split(",")) {
            String[] parts = entry.split("=", 2);
            Optional<Contact> contact = contacts.find(user.id(), Long.parseLong(parts[0]));
            if (contact.isPresent()) {
                plan(user, contact.get(), LocalDate.parse(parts[1]));
                names.add(contact.get().fullName());
            }
        }
        String text = names.isEmpty() ? replies.text(user, "import.planGone")
                : replies.text(user, ImportFlow.counted("import.planned", names.size()), "count", names.size(), "names", String.join(", ", names));
        replies.send(press.chat(), OutboundMessage.text(text));
        return names.isEmpty() ? "toast.alreadyAnswered" : "toast.saved";
    }

    private void plan(User user, Contact contact, LocalDate connectedOn) {
        ZonedDateTime metAt = connectedOn.atTime(UNKNOWN_TIME).atZone(user.zone());
        long meetingId = meetings.logConnection(user, contact.id(), metAt, replies.text(user, "import.event"),
                user.speaks().code());
        for (FollowUpStep step : followUps.ofMeeting(user.id(), meetingId)) {
            if (step.kind() == StepKind.CONNECT) {
                followUps.done(user.id(), step.id());
            } else if (step.state() == StepState.PROMPTED && step.promptMessage() == null) {
                followUps.skip(user.id(), step.id(), null);
            }
        }
    }
}
