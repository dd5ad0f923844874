package com.followupbot.conversation;

import com.followupbot.capture.ContactBook;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.HomeView;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOne;
import com.followupbot.followup.OneToOnes;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's home screen on platforms that have one (Slack's App Home): what is due today with its
 * buttons, what comes next, the contacts met lately, and the settings. Shown afresh after everything
 * that may change it: a message handled, a prompt sent. Its buttons are made anew each time, the old
 * ones retired, so they never pile up.
 */
public final class HomeScreen {

    private static final Logger log = LoggerFactory.getLogger(HomeScreen.class);
    static final int DUE_SHOWN = 10;
    static final int LIST_SHOWN = 10;

    private final ChatPort chat;
    private final FollowUps followUps;
    private final OneToOnes oneToOnes;
    private final ContactBook contacts;
    private final StepListing listing;
    private final Buttons buttons;
    private final Replies replies;
    private final Clock clock;

    HomeScreen(ChatPort chat, FollowUps followUps, OneToOnes oneToOnes, ContactBook contacts, StepListing listing,
               Buttons buttons, Replies replies, Clock clock) {
        this.chat = chat;
        this.followUps = followUps;
        this.oneToOnes = oneToOnes;
        this.contacts = contacts;
        this.listing = listing;
        this.buttons = buttons;
        this.replies = replies;
        this.clock = clock;
    }

    /** Shows the user's home anew, where the platform has one; a failure only costs a stale home. */
    public void refresh(User user) {
        if (!chat.showsHome()) {
            return;
        }
        try {
            chat.showHome(new ChatUser(user.platform(), user.platformUserId(), user.displayName(), null), view(user));
        } catch (RuntimeException e) {
            log.warn("home of user {} not refreshed: {}", user.id(), e.toString());
        }
    }

    HomeView view(User user) {
        buttons.retireAll(user.id(), ButtonAction.HOME_STEP_DONE, ButtonAction.HOME_STEP_SKIP, ButtonAction.HOME_STEP_SNOOZE,
                ButtonAction.HOME_STEP_OPEN, ButtonAction.HOME_LANGUAGE);
        List<OutboundMessage> sections = new ArrayList<>();
        List<FollowUpStep> due = followUps.dueToday(user);
        sections.add(OutboundMessage.text(replies.text(user, due.isEmpty() ? "home.nothingDue" : "home.due")));
        for (FollowUpStep step : due.stream().limit(DUE_SHOWN).toList()) {
            sections.add(new OutboundMessage(listing.lines(user, List.of(step)), List.of(List.of(
                    button(user, "button.done", ButtonAction.HOME_STEP_DONE, step.id(), null),
                    button(user, "button.snooze1d", ButtonAction.HOME_STEP_SNOOZE, step.id(), "P1D"),
                    button(user, "button.skip", ButtonAction.HOME_STEP_SKIP, step.id(), null),
                    button(user, "button.openPrompt", ButtonAction.HOME_STEP_OPEN, step.id(), null)))));
        }
        Instant now = clock.instant();
        List<FollowUpStep> next = followUps.upcoming(user, LIST_SHOWN);
        List<OneToOne> meetings = oneToOnes.between(user.id(), now, now.plus(Duration.ofDays(3650)), LIST_SHOWN);
        if (!next.isEmpty() || !meetings.isEmpty()) {
            sections.add(OutboundMessage.text(replies.text(user, "upcoming.list", "steps", listing.lines(user, next, meetings))));
        }
        String recent = contacts.recent(user.id(), LIST_SHOWN).stream().map(c -> "• " + CommandFlow.card(c))
                .collect(Collectors.joining("\n"));
        sections.add(OutboundMessage.text(recent.isEmpty() ? replies.text(user, "contacts.none")
                : replies.text(user, "home.recent", "lines", recent)));
        sections.add(new OutboundMessage(replies.text(user, "home.settings", "zone", user.zone().getId(),
                "language", replies.text(user, "language.name"),
                "hours", user.workingHours().start() + "–" + user.workingHours().end()), List.of(List.of(
                buttons.make(user.id(), "English", ButtonAction.HOME_LANGUAGE, null, "en"),
                buttons.make(user.id(), "Italiano", ButtonAction.HOME_LANGUAGE, null, "it")))));
        return new HomeView(sections);
    }

    private Button button(User user, String key, ButtonAction action, long stepId, String param) {
        return buttons.make(user.id(), replies.text(user, key), action, stepId, param);
    }
}
