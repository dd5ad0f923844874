package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOne;
import com.followupbot.followup.OneToOnes;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** help, today, upcoming, contacts, who is NAME. */
public final class CommandFlow {

    private static final int LIST_LIMIT = 20;
    /** Steps listed with a button that opens their prompt. */
    static final int OPEN_BUTTONS = 5;

    private final ContactBook contacts;
    private final FollowUps followUps;
    private final OneToOnes oneToOnes;
    private final Buttons buttons;
    private final Replies replies;
    private final StepListing listing;
    private final DateWords dates;
    private final Clock clock;

    CommandFlow(ContactBook contacts, FollowUps followUps, OneToOnes oneToOnes, Buttons buttons, Replies replies,
                StepListing listing, Clock clock) {
        this.contacts = contacts;
        this.followUps = followUps;
        this.oneToOnes = oneToOnes;
        this.buttons = buttons;
        this.replies = replies;
        this.listing = listing;
        this.dates = new DateWords(replies.texts());
        this.clock = clock;
    }

    public void help(User user, ChatId chat) {
        replies.say(user, chat, "help");
    }

    /** What is due today, and today's one-to-ones; each step with a button that opens its prompt. */
    public void today(User user, ChatId chat) {
        List<FollowUpStep> due = followUps.dueToday(user);
        List<OneToOne> meetings = oneToOnesToday(user);
        if (due.isEmpty() && meetings.isEmpty()) {
            List<FollowUpStep> next = followUps.upcoming(user, 1);
            replies.say(user, chat, next.isEmpty() ? "today.none" : "today.noneNext", "next", listing.lines(user, next));
            return;
        }
        String text = replies.text(user, "today.list", "steps", listing.lines(user, due, meetings));
        replies.send(chat, text, openButtons(user, due));
    }

    public void upcoming(User user, ChatId chat) {
        List<FollowUpStep> next = followUps.upcoming(user, LIST_LIMIT);
        Instant now = clock.instant();
        List<OneToOne> meetings = oneToOnes.between(user.id(), now, now.plus(java.time.Duration.ofDays(3650)), LIST_LIMIT);
        replies.say(user, chat, next.isEmpty() && meetings.isEmpty() ? "upcoming.none" : "upcoming.list",
                "steps", listing.lines(user, next, meetings));
    }

    public void contacts(User user, ChatId chat) {
        List<Contact> all = contacts.all(user.id(), LIST_LIMIT + 1);
        if (all.isEmpty()) {
            replies.say(user, chat, "contacts.none");
            return;
        }
        String lines = all.stream().limit(LIST_LIMIT).map(c -> "• " + card(c)).collect(Collectors.joining("\n"));
        replies.say(user, chat, all.size() > LIST_LIMIT ? "contacts.more" : "contacts.list", "lines", lines);
    }

    public void who(User user, ChatId chat, String name) {
        if (name.isBlank()) {
            contacts(user, chat);
            return;
        }
        List<Contact> found = contacts.matching(user.id(), name);
        if (found.isEmpty()) {
            replies.say(user, chat, "who.unknown", "name", name);
            return;
        }
        for (Contact contact : found.stream().limit(3).toList()) {
            Button refer = buttons.make(user.id(), replies.text(user, "button.referral.refer", "first",
                    ReferralMessages.firstName(contact.fullName())), ButtonAction.REFER_CONTACT, contact.id());
            replies.send(chat, new OutboundMessage(replies.text(user, "who.card", "card", card(contact),
                    "meetings", meetingLines(user, contact), "plan", planLine(user, contact)), List.of(List.of(refer))));
        }
    }

    List<List<Button>> openButtons(User user, List<FollowUpStep> steps) {
        List<Button> row = new ArrayList<>();
        for (FollowUpStep step : steps.stream().limit(OPEN_BUTTONS).toList()) {
            row.add(buttons.make(user.id(), listing.openLabel(user, step), ButtonAction.STEP_OPEN, step.id()));
        }
        return row.isEmpty() ? List.of() : List.of(row);
    }

    private List<OneToOne> oneToOnesToday(User user) {
        ZonedDateTime now = clock.instant().atZone(user.zone());
        Instant start = now.toLocalDate().atStartOfDay(user.zone()).toInstant();
        Instant end = now.toLocalDate().plusDays(1).atStartOfDay(user.zone()).toInstant();
        return oneToOnes.between(user.id(), start, end, LIST_LIMIT);
    }

    static String card(Contact c) {
        return Stream.of(c.fullName(), c.role(), c.company(), c.email(), c.phone(), c.linkedin())
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    private String meetingLines(User user, Contact contact) {
        return contacts.meetingsWith(user.id(), contact.id()).stream()
                .map(m -> "• " + dates.day(user.speaks(), m.metOn())
                        + (m.event() == null ? "" : " — " + m.event())
                        + (m.note() == null ? "" : " — “" + m.note() + "”"))
                .collect(Collectors.joining("\n"));
    }

    private String planLine(User user, Contact contact) {
        Stream<String> steps = followUps.ofContact(user.id(), contact.id()).stream()
                .map(s -> replies.text(user, "state.icon." + s.state()) + " " + replies.text(user, "step.name." + s.kind())
                        + (s.state().isOpen() ? " " + dates.day(user.speaks(), s.dueAt().atZone(user.zone()).toLocalDate()) : ""));
        Stream<String> meetings = oneToOnes.ofContact(user.id(), contact.id()).stream()
                .map(o -> replies.text(user, "who.oneToOne", "when", dates.dayAndTime(user.speaks(), o.startsAt(), user.zone())));
        return Stream.concat(steps, meetings).collect(Collectors.joining(" · "));
    }
}
