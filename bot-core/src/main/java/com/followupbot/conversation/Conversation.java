package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.MessageReader;
import com.followupbot.capture.SlashCommands;
import com.followupbot.capture.Understanding;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.conversation.internal.DeferredRow;
import com.followupbot.inbound.DatabaseOutage;
import com.followupbot.ops.BotMetrics;
import com.followupbot.user.Language;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a user sends comes in here: recorded first (nothing typed is lost), then a press goes to
 * {@link PressRouter}, a group message to {@link ChapterGroupFlow}, and a text or a slash command is
 * understood once and handled in one {@link TextTurn}; a private message is one transaction, whose replies
 * leave after its commit. A failure anywhere becomes a short apology, never a stack trace in the chat; the
 * database being away is left to the caller, which keeps the message for a replay.
 */
public final class Conversation {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);

    private final UserDirectory users;
    private final MessageReader reader;
    private final Inbox inbox;
    private final TextTurn turns;
    private final PressRouter presses;
    private final DeferredCommands deferred;
    private final SlashCommands slashes = SlashCommands.standard();
    private final Replies replies;
    private final Transactions transactions;
    private final Clock clock;
    private final HomeScreen home;
    private ChapterGroupFlow groups;
    private ImportFlow imports;

    private java.util.function.Consumer<User> privateHook = user -> { };
    private BotMetrics metrics = BotMetrics.NONE;

    Conversation(UserDirectory users, MessageReader reader, Inbox inbox, TextTurn turns, PressRouter presses,
                 DeferredCommands deferred, Replies replies, Transactions transactions, HomeScreen home, Clock clock) {
        this.transactions = transactions;
        this.home = home;
        this.users = users;
        this.reader = reader;
        this.inbox = inbox;
        this.turns = turns;
        this.presses = presses;
        this.deferred = deferred;
        this.replies = replies;
        this.clock = clock;
    }

    /** The group flow carries commands given in a group out in the private chat, through this conversation. */
    void attach(ChapterGroupFlow groups) {
        this.groups = groups;
    }

    /** The flow a file sent in the private chat goes to. */
    void attach(ImportFlow importFlow) {
        this.imports = importFlow;
    }

    /** Runs after each private message: what waited for the user to be reachable there (referral notices). */
    void onPrivateMessage(java.util.function.Consumer<User> hook) {
        this.privateHook = hook;
    }

    /** Where texts the bot could not read are counted (parse failures, for the launcher's metrics). */
    public void observe(BotMetrics metrics) {
        this.metrics = metrics;
    }

    public void handle(Inbound inbound) {
        handle(inbound, () -> { });
    }

    /**
     * As {@link #handle(Inbound)}; {@code processed} (the inbound ledger's mark) commits with what the message
     * changed, or on its own after a bug rolled that back, as {@link com.followupbot.inbound.InboundHandler} says.
     */
    public void handle(Inbound inbound, Runnable processed) {
        User user = users.enrol(inbound.from(), inbound.chat()); // idempotent: the sender's, not the turn's
        try {
            if (inbound.chat().isPrivate()) {
                privateTurn(user, inbound, processed);
            } else {
                groupTurn(user, inbound, processed);
            }
        } catch (RuntimeException e) {
            if (DatabaseOutage.explains(e)) {
                throw e; // not a bug: the caller keeps the message for when the database is back
            }
            log.error("could not handle a {} from user {}", inbound.getClass().getSimpleName(), user.id(), e);
            apologise(user, inbound);
        }
        refreshHome(inbound.from());
    }

    /**
     * Everything a private message changes, in one transaction with its text kept and the ledger's mark, what
     * it says sent after the commit: a failure half-way stores and shows nothing of it. On a bug the text is
     * kept and the mark made all the same, on their own; on an outage nothing is, and the replay does it all.
     */
    private void privateTurn(User user, Inbound inbound, Runnable processed) {
        AtomicBoolean committed = new AtomicBoolean();
        try {
            replies.held(transactions, () -> {
                replies.afterCommit(() -> committed.set(true)); // first of what waits for the commit
                record(user, inbound);
                act(user, inbound);
                processed.run();
                users.of(inbound.from()).ifPresent(privateHook);
                return null;
            });
        } catch (RuntimeException e) {
            if (!committed.get() && !DatabaseOutage.explains(e)) {
                transactions.inOne(() -> {
                    record(user, inbound);
                    processed.run();
                });
            }
            throw e;
        }
    }

    private void act(User user, Inbound inbound) {
        if (inbound instanceof Inbound.Press press) {
            presses.press(user, press);
        } else if (inbound instanceof Inbound.Text text) {
            text(user, inbound.chat(), keepable(text.text()), text.replyTo(), inbound.from());
        } else if (inbound instanceof Inbound.Command command) {
            slashCommand(user, inbound.from(), inbound.chat(), command.name(), keepable(command.args()));
        } else if (inbound instanceof Inbound.Upload upload) {
            imports.upload(user, upload);
        }
    }

    /**
     * Everything a group message changes (its text, the chapter, the command carried out in private, the
     * ledger's mark) in one transaction, as a private message; a failure half-way stores nothing of it, and its
     * replay or redelivery does it once. What it says is not held but sent as it goes: the group flow must see
     * a private send refused (the user blocked the bot) to offer the private chat in the group instead. So a
     * failure after a send (the database going away on the mark) has that message sent again on the replay,
     * never the meeting stored twice.
     */
    private void groupTurn(User user, Inbound inbound, Runnable processed) {
        try {
            transactions.inOne(() -> {
                record(user, inbound);
                groups.handle(user, inbound);
                processed.run();
            });
        } catch (RuntimeException e) {
            if (!DatabaseOutage.explains(e)) { // a bug: the text and the mark are kept, on their own
                transactions.inOne(() -> {
                    record(user, inbound);
                    processed.run();
                });
            }
            throw e;
        }
    }

    /** After the turn, which is stored: an outage here costs a stale home, and must not have the message replayed. */
    private void refreshHome(ChatUser from) {
        try {
            users.of(from).ifPresent(home::refresh);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.explains(e)) {
                throw e;
            }
            log.warn("home not refreshed, the database is away: {}", e.toString());
        }
    }

    /** The user opened their home screen (Slack's App Home): show it as it is now. */
    public void openHome(ChatUser who, ChatId privateChat) {
        home.refresh(users.enrol(who, privateChat));
    }

    /** A platform slash command: {@code /met Anna at the expo}, {@code /today}, {@code /start <token>}. */
    void slashCommand(User user, ChatUser who, ChatId chat, String name, String args) {
        String command = name.toLowerCase(Locale.ROOT);
        if (command.equals("start") && !args.isBlank()) {
            // opened from a chapter group's link: carry out what the user asked for there
            Optional<DeferredRow> waiting = deferred.take(user.id(), args.strip());
            if (waiting.isPresent()) {
                slashCommand(user, who, chat, waiting.get().command(), waiting.get().args());
                return;
            }
        }
        String text = slashes.asText(command, command.equals("start") ? "" : args);
        Understanding understanding = reader.understand(text, user.language(), now(user));
        turns.handle(user, who, chat, text, null, understanding);
    }

    private void text(User user, ChatId chat, String text, MessageRef replyTo, ChatUser from) {
        Language hint = user.languageChosen() ? user.language() : null;
        Understanding understanding = reader.understand(text, hint, now(user));
        if (understanding instanceof Understanding.NotUnderstood && from != null) {
            metrics.notUnderstood(from.platform());
        }
        User speaking = learnsLanguage(user, from, understanding) ? users.learnLanguage(user, understanding.language()) : user;
        turns.handle(speaking, from, chat, text, replyTo, understanding);
    }

    /**
     * Learns the language from a meeting or a command, whose words say it; never from "ok", "done" or
     * gibberish. The app's language wins while the user has not chosen one.
     */
    private static boolean learnsLanguage(User user, ChatUser from, Understanding understanding) {
        boolean appLanguage = from != null && from.platform().reportsUserLanguage()
                && Language.fromCode(from.languageCode()) != null;
        boolean telling = understanding instanceof Understanding.Capture || understanding instanceof Understanding.Visit
                || understanding instanceof Understanding.Command
                || user.language() == null && !(understanding instanceof Understanding.NotUnderstood
                        || understanding instanceof Understanding.When);
        return !appLanguage && telling;
    }

    private ZonedDateTime now(User user) {
        return clock.instant().atZone(user.zone());
    }

    /** Keeps every text and command as typed, before anything interprets it. */
    private void record(User user, Inbound inbound) {
        if (inbound instanceof Inbound.Text text) {
            inbox.record(user, inbound.chat(), keepable(text.text()));
        } else if (inbound instanceof Inbound.Command command) {
            inbox.record(user, inbound.chat(), "/" + keepable(command.name()) + " " + keepable(command.args()));
        } else if (inbound instanceof Inbound.Upload upload) {
            // what came, never the file itself: its rows become contacts, or nothing
            inbox.record(user, inbound.chat(), "[file " + keepable(upload.fileName()) + ", " + upload.size() + " bytes]");
        }
    }

    /** PostgreSQL text cannot hold NUL; everything else is kept as typed. */
    private static String keepable(String text) {
        return text == null ? "" : text.replace('\0', '\uFFFD');
    }

    /** A press rolled back is answered too (its spinner stops) and the chat says it did not go through. */
    private void apologise(User user, Inbound inbound) {
        try {
            if (inbound instanceof Inbound.Press press) {
                replies.acknowledge(press, user, null);
            }
            replies.say(user, inbound.chat(), inbound instanceof Inbound.Press ? "error.pressFailed" : "error.sorry");
        } catch (RuntimeException again) {
            log.warn("could not apologise to user {}: {}", user.id(), again.toString());
        }
    }
}
