package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.MessageReader;
import com.followupbot.chapter.Chapters;
import com.followupbot.capture.Understanding;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A chapter's group (a Telegram group, a Slack channel). The group is recorded as the user's chapter
 * and only ever sees a short acknowledgement without personal data; the meeting, its confirmation and
 * every other answer go to the user's private chat. A user the bot cannot reach privately yet gets a
 * button that opens the private chat, where the command is carried out on start.
 */
public final class ChapterGroupFlow {

    private final UserDirectory users;
    private final MessageReader reader;
    private final Conversation conversation;
    private final PressRouter presses;
    private final DeferredCommands deferred;
    private final ChatPort platform;
    private final Replies replies;
    private final Clock clock;
    private final Chapters chapters;
    private final DigestSchedule digestSchedule;
    private final Transactions transactions;

    ChapterGroupFlow(Transactions transactions, Chapters chapters, UserDirectory users, MessageReader reader,
                     Conversation conversation, PressRouter presses, DeferredCommands deferred, ChatPort platform,
                     Replies replies, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.reader = reader;
        this.conversation = conversation;
        this.presses = presses;
        this.deferred = deferred;
        this.platform = platform;
        this.replies = replies;
        this.clock = clock;
        this.chapters = chapters;
        this.digestSchedule = new DigestSchedule(chapters, replies);
    }

    public void handle(User user, Inbound inbound) {
        users.recordChapter(user, inbound.chat());
        chapters.ensure(inbound.chat().value(), user.zone(), user.speaks());
        if (inbound instanceof Inbound.Press press) {
            presses.press(user, press); // tokens resolve per user: a press on someone else's button finds nothing
        } else if (inbound instanceof Inbound.Command command) {
            command(user, inbound, command.name().toLowerCase(Locale.ROOT), command.args() == null ? "" : command.args());
        } else if (inbound instanceof Inbound.Text text) {
            text(user, inbound, text.text());
        }
    }

    private void command(User user, Inbound inbound, String name, String args) {
        switch (name) {
            case "start", "help", "aiuto" -> introduce(user, inbound.chat());
            case "met", "conosciuto" -> inPrivate(user, inbound, name, args, "group.logged");
            case "digest", "riepilogo" -> digestSchedule.handle(user, inbound.chat(), args);
            default -> inPrivate(user, inbound, name, args, "group.inPrivate");
        }
    }

    /** With privacy mode on, a group text reaches the bot only as a reply to it: act on meetings and answers, stay quiet otherwise. */
    private void text(User user, Inbound inbound, String text) {
        Understanding understanding = reader.understand(text, user.languageChosen() ? user.language() : null,
                clock.instant().atZone(user.zone()));
        if (understanding instanceof Understanding.Capture || understanding instanceof Understanding.Visit) {
            inPrivate(user, inbound, DeferredCommands.PLAIN_TEXT, text, "group.logged");
        } else if (understanding instanceof Understanding.Answer || understanding instanceof Understanding.Referral
                || understanding instanceof Understanding.Outcome) {
            // a referral names a prospect and a need: never in the group
            inPrivate(user, inbound, DeferredCommands.PLAIN_TEXT, text, "group.inPrivate");
        }
    }

    private void introduce(User user, ChatId group) {
        replies.send(group, replies.text(user, "group.intro"),
                List.of(List.of(Button.openPrivateChat(replies.text(user, "button.openPrivate"), ""))));
    }

    private void inPrivate(User user, Inbound inbound, String command, String args, String ackKey) {
        Optional<ChatId> privateChat = reachable(user, inbound.from());
        if (privateChat.isPresent() && carriedOut(user, inbound.from(), privateChat.get(), command, args)) {
            replies.sayTo(inbound.chat(), inbound.from(),
                    OutboundMessage.text(replies.text(user, ackKey, "name", nameOf(user))));
            return;
        }
        String token = deferred.defer(user.id(), command, args);
        replies.sayTo(inbound.chat(), inbound.from(), new OutboundMessage(
                replies.text(user, "group.openPrivate", "name", nameOf(user)),
                List.of(List.of(Button.openPrivateChat(replies.text(user, "button.openPrivate"), token)))));
    }

    /**
     * Runs the command in the private chat; false when the user turns out to have blocked the bot, and then
     * nothing of it is stored (it is deferred whole, to be carried out when they open the private chat), while
     * the rest of the group's turn is.
     */
    private boolean carriedOut(User user, ChatUser who, ChatId privateChat, String command, String args) {
        try {
            transactions.undoneOnFailure(() -> {
                conversation.slashCommand(user, who, privateChat, command, args);
                return null;
            });
            return true;
        } catch (DeliveryException e) {
            if (e.reason() != DeliveryException.Reason.BLOCKED_BY_USER) {
                throw e;
            }
            users.markBlocked(user.id());
            return false;
        }
    }

    private Optional<ChatId> reachable(User user, ChatUser who) {
        if (user.blockedAt() != null) {
            return Optional.empty(); // only they can undo a block, by writing to the bot
        }
        if (user.privateChatId() != null) {
            return Optional.of(ChatId.privateChat(user.privateChatId()));
        }
        return platform.openPrivateChat(who).map(chat -> {
            users.rememberPrivateChat(user, who, chat);
            return chat;
        });
    }

    private static String nameOf(User user) {
        return user.firstName() == null ? "👤" : user.firstName();
    }
}
