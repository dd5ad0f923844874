package com.followupbot.conversation;

import com.followupbot.capture.CommandName;
import com.followupbot.capture.MessageReader;
import com.followupbot.capture.Understanding;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
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
 * becomes a short apology, never a stack trace in the chat. Messages from a chapter group go to
 * {@link ChapterGroupFlow}; a reply to a prompt may answer it.
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
    private final ChapterGroupFlow groups;
    private final PromptReplyFlow promptReplies;

    public Conversation(UserDirectory users, MessageReader reader, Inbox inbox, PendingAnswers pending,
                        CommandRouter commands, PressRouter presses, ChapterGroupFlow groups,
                        PromptReplyFlow promptReplies, Replies replies, Clock clock) {
        this.users = users;
        this.reader = reader;
        this.inbox = inbox;
        this.pending = pending;
        this.commands = commands;
        this.presses = presses;
        this.groups = groups;
        this.promptReplies = promptReplies;
        this.replies = replies;
        this.clock = clock;
    }

    public void handle(Inbound inbound) {
        User user = users.enrol(inbound.from(), inbound.chat());
        try {
            record(user, inbound);
            if (!inbound.chat().isPrivate()) {
                groups.handle(user, inbound);
            } else if (inbound instanceof Inbound.Press press) {
                presses.press(user, press);
            } else if (inbound instanceof Inbound.Text text) {
                text(user, inbound.chat(), keepable(text.text()), text.replyTo(), inbound.from());
            } else if (inbound instanceof Inbound.Command command) {
                commands.slashCommand(user, inbound.chat(), command.name(), keepable(command.args()));
            }
        } catch (RuntimeException e) {
            log.error("could not handle a {} from user {}", inbound.getClass().getSimpleName(), user.id(), e);
            apologise(user, inbound.chat());
        }
    }

    private void text(User user, ChatId chat, String text, MessageRef replyTo, ChatUser from) {
        ZonedDateTime now = clock.instant().atZone(user.zone());
        Language hint = user.languageChosen() ? user.language() : null;
        Understanding understanding = reader.understand(text, hint, now);
        User speaking = keepsLanguage(user, from, understanding) ? user : users.learnLanguage(user, understanding.language());
        if (replyTo != null && promptReplies.answerReply(speaking, chat, text, replyTo)) {
            return;
        }
        if (pending.tryAnswer(speaking, chat, text, understanding)) {
            return;
        }
        if (understanding instanceof Understanding.NotUnderstood && promptReplies.answerOnlyOpenPrompt(speaking, chat, text)) {
            return;
        }
        commands.act(speaking, chat, text, understanding);
    }

    /** Keeps the user's language: nothing to learn from gibberish, and the app's language wins while they have not chosen. */
    private static boolean keepsLanguage(User user, ChatUser from, Understanding understanding) {
        boolean appLanguage = from != null && from.platform().reportsUserLanguage()
                && Language.fromCode(from.languageCode()) != null;
        return appLanguage || understanding instanceof Understanding.NotUnderstood && user.language() != null;
    }

    /** Keeps every text and command as typed, before anything interprets it. */
    private void record(User user, Inbound inbound) {
        if (inbound instanceof Inbound.Text text) {
            inbox.record(user, inbound.chat(), keepable(text.text()));
        } else if (inbound instanceof Inbound.Command command) {
            inbox.record(user, inbound.chat(), "/" + command.name() + " " + keepable(command.args()));
        }
    }

    /** PostgreSQL text cannot hold NUL; everything else is kept as typed. */
    private static String keepable(String text) {
        return text == null ? "" : text.replace('\0', '\uFFFD');
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
