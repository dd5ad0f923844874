package com.followupbot.conversation;

import com.followupbot.capture.CommandName;
import com.followupbot.capture.MessageReader;
import com.followupbot.capture.Understanding;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.user.Language;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes everything a user sends: records the text first (nothing typed is lost), answers a pending
 * question if the message is its answer, else acts on what the message asks. A failure anywhere
 * becomes a short apology, never a stack trace in the chat.
 */
public final class Conversation {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);

    private final UserDirectory users;
    private final MessageReader reader;
    private final Inbox inbox;
    private final PendingAnswers pending;
    private final CommandRouter commands;
    private final PressRouter presses;
    private final Replies replies;
    private final Clock clock;

    public Conversation(UserDirectory users, MessageReader reader, Inbox inbox, PendingAnswers pending,
                        CommandRouter commands, PressRouter presses, Replies replies, Clock clock) {
        this.users = users;
        this.reader = reader;
        this.inbox = inbox;
        this.pending = pending;
        this.commands = commands;
        this.presses = presses;
        this.replies = replies;
        this.clock = clock;
    }

    public void handle(Inbound inbound) {
        User user = users.enrol(inbound.from(), inbound.chat());
        try {
            if (inbound instanceof Inbound.Press press) {
                presses.press(user, press);
            } else if (inbound instanceof Inbound.Text text) {
                // PostgreSQL text cannot hold NUL; everything else is kept as typed.
                String typed = text.text().replace('\0', '\uFFFD');
                inbox.record(user, inbound.chat(), typed);
                text(user, inbound.chat(), typed);
            } else if (inbound instanceof Inbound.Command command) {
                String args = command.args() == null ? "" : command.args().replace('\0', '\uFFFD');
                inbox.record(user, inbound.chat(), "/" + command.name() + " " + args);
                commands.slashCommand(user, inbound.chat(), command.name(), args);
            }
        } catch (RuntimeException e) {
            log.error("could not handle a {} from user {}", inbound.getClass().getSimpleName(), user.id(), e);
            apologise(user, inbound.chat());
        }
    }

    void text(User user, ChatId chat, String text) {
        ZonedDateTime now = clock.instant().atZone(user.zone());
        Language hint = user.languageChosen() ? user.language() : null;
        Understanding understanding = reader.understand(text, hint, now);
        User speaking = understanding instanceof Understanding.NotUnderstood && user.language() != null
                ? user : users.learnLanguage(user, understanding.language());
        if (pending.tryAnswer(speaking, chat, text, understanding)) {
            return;
        }
        commands.act(speaking, chat, text, understanding);
    }

    private void apologise(User user, ChatId chat) {
        try {
            replies.say(user, chat, "error.sorry");
        } catch (RuntimeException again) {
            log.warn("could not apologise to user {}: {}", user.id(), again.toString());
        }
    }

    /** True when the text names a command, so a pending question does not swallow it. */
    static boolean isCommand(Understanding understanding) {
        return understanding instanceof Understanding.Command c && c.name() != CommandName.FIX;
    }
}
