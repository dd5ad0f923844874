package com.followupbot.conversation;

import com.followupbot.capture.CorrectionReader;
import com.followupbot.capture.MessageReader;
import com.followupbot.capture.Understanding;
import com.followupbot.chat.ChatId;
import com.followupbot.user.User;
import com.followupbot.conversation.internal.DeferredRow;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Acts on what a message asks: a command, a progress report, a meeting to log, or help. */
public final class CommandRouter {

    private final MessageReader reader;
    private final CorrectionReader corrections;
    private final CommandFlow commands;
    private final SettingsFlow settings;
    private final CaptureFlow captures;
    private final ProgressFlow progress;
    private final CorrectionFlow fixes;
    private final Replies replies;
    private final DeferredCommands deferred;
    private final Clock clock;

    public CommandRouter(MessageReader reader, CorrectionReader corrections, CommandFlow commands, SettingsFlow settings,
                         CaptureFlow captures, ProgressFlow progress, CorrectionFlow fixes, DeferredCommands deferred,
                         Replies replies, Clock clock) {
        this.reader = reader;
        this.corrections = corrections;
        this.commands = commands;
        this.settings = settings;
        this.captures = captures;
        this.progress = progress;
        this.fixes = fixes;
        this.deferred = deferred;
        this.replies = replies;
        this.clock = clock;
    }

    public void act(User user, ChatId chat, String text, Understanding understanding) {
        if (understanding instanceof Understanding.Command command) {
            command(user, chat, command);
        } else if (understanding instanceof Understanding.Progress report) {
            progress.report(user, chat, report.step(), report.contactName());
        } else if (understanding instanceof Understanding.Capture capture) {
            captures.start(user, chat, text, capture.parsed());
        } else if (understanding instanceof Understanding.TooLong) {
            replies.say(user, chat, "tooLong", "max", MessageReader.MAX_BYTES);
        } else {
            corrections.read(text, false).ifPresentOrElse(
                    fix -> fixes.apply(user, chat, fix, null),
                    () -> replies.say(user, chat, "unknown"));
        }
    }

    /** A platform slash command: {@code /met Anna at the expo}, {@code /today}, {@code /start}. */
    public void slashCommand(User user, ChatId chat, String name, String args) {
        String command = name.toLowerCase(Locale.ROOT);
        if (command.equals("start") && !args.isBlank()) {
            // opened from a chapter group's link: carry out what the user asked for there
            Optional<DeferredRow> waiting = deferred.take(user.id(), args.strip());
            if (waiting.isPresent()) {
                slashCommand(user, chat, waiting.get().command(), waiting.get().args());
                return;
            }
        }
        String text = switch (command) {
            case "met", "conosciuto" -> (command.equals("met") ? "met " : "ho conosciuto ") + args;
            case "who", "chi" -> ((command.equals("who") ? "who is " : "chi è ") + args).strip();
            case "start" -> "help";
            default -> (command + " " + args).strip();
        };
        Understanding understanding = reader.understand(text, user.language(), clock.instant().atZone(user.zone()));
        act(user, chat, text, understanding);
    }

    private void command(User user, ChatId chat, Understanding.Command command) {
        switch (command.name()) {
            case HELP -> commands.help(user, chat);
            case TODAY -> commands.today(user, chat);
            case UPCOMING -> commands.upcoming(user, chat);
            case CONTACTS -> commands.contacts(user, chat);
            case WHO -> commands.who(user, chat, command.args());
            case FORGET -> commands.forget(user, chat, command.args());
            case UNDO -> commands.undo(user, chat);
            case SETTINGS -> settings.handle(user, chat, command.args());
            case FIX -> corrections.read(command.args(), true).ifPresentOrElse(
                    fix -> fixes.apply(user, chat, fix, null),
                    () -> replies.say(user, chat, "fix.ask"));
        }
    }
}
