package com.followupbot.app;

import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console conversation: each line typed is a message to the bot, a number answers a button, and
 * {@code /advance 24h} moves the simulated time so the 24/7/30 cycle can be tried in a minute. Each
 * line is handled under {@code turn}, the lock the background work also takes, so the bot's answers
 * and the prompts they trigger are printed before the next line is read; it is also a turn of the
 * {@link ConsoleChatPort}, which prints an edit only if no reply of the turn already says it.
 */
public final class ConsoleChat {

    private static final Logger log = LoggerFactory.getLogger(ConsoleChat.class);
    private static final DateTimeFormatter SIMULATED_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z", Locale.ENGLISH);
    /** Rounds of dispatch after /advance; each claims a batch, a long jump may make several due. */
    private static final int MAX_DISPATCH_ROUNDS = 20;
    /** The longest /advance: enough to see years of plans; beyond it dates stop meaning anything (and overflow). */
    static final Duration MAX_ADVANCE = ChronoUnit.YEARS.getDuration().multipliedBy(5);
    static final String ADVANCE_USAGE = "usage: /advance 24h (or 7d, 90m, 1w)";
    static final String ADVANCE_FORWARD_ONLY = "time only moves forward: /advance needs more than zero, such as 24h or 7d";
    static final String ADVANCE_TOO_FAR = "/advance moves at most 5 years at a time; try 30d, 52w or 365d";
    static final String IMPORT_USAGE = "usage: /import contacts.csv (a CSV or a .vcf file on this computer)";

    private final FollowUpBot bot;
    private final MovableClock clock;
    private final ConsoleChatPort port;
    private final ChatUser user;
    private final ChatId chat;
    private final Lock turn;
    private final PrintStream out;
    private final boolean echo;

    public ConsoleChat(FollowUpBot bot, MovableClock clock, ConsoleChatPort port, ChatUser user, ChatId chat,
            Lock turn, PrintStream out, boolean echo) {
        this.bot = bot;
        this.clock = clock;
        this.port = port;
        this.user = user;
        this.chat = chat;
        this.turn = turn;
        this.out = out;
        this.echo = echo;
    }

    /** Reads until end of input or /quit; returns the exit code. */
    public int run(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            String input = line.strip();
            if (input.isEmpty()) {
                continue;
            }
            if (echo) {
                out.println("> " + input); // piped input: show it, so the transcript reads as a conversation
            }
            if (input.equalsIgnoreCase("/quit") || input.equalsIgnoreCase("/exit")) {
                break;
            }
            turn.lock();
            port.beginTurn();
            try {
                handle(input);
            } finally {
                port.endTurn(); // the edits the bot's replies did not already say
                turn.unlock();
            }
        }
        return ExitCodes.OK;
    }

    private void handle(String input) {
        try {
            if (input.equals("/advance") || input.startsWith("/advance ")) {
                advance(input.substring("/advance".length()).strip());
            } else if (input.equals("/import") || input.startsWith("/import ")) {
                importFile(input.substring("/import".length()).strip());
            } else {
                bot.handle(toInbound(input));
            }
        } catch (RuntimeException e) {
            log.error("The bot failed to handle a console message", e);
            out.println("(something went wrong; details are in the log)");
        }
    }

    private Inbound toInbound(String input) {
        if (input.chars().allMatch(Character::isDigit) && input.length() < 6) {
            var choice = port.choice(Integer.parseInt(input));
            if (choice.isPresent()) {
                return new Inbound.Press(user, chat, choice.get().token(), choice.get().message(), null);
            }
        }
        if (input.startsWith("/") && input.length() > 1) {
            int space = input.indexOf(' ');
            String name = (space < 0 ? input.substring(1) : input.substring(1, space)).toLowerCase(Locale.ROOT);
            return new Inbound.Command(user, chat, name, space < 0 ? "" : input.substring(space + 1).strip());
        }
        return new Inbound.Text(user, chat, input);
    }

    private void advance(String amount) {
        if (amount.isBlank()) {
            answer(ADVANCE_USAGE);
            return;
        }
        if (amount.startsWith("-")) {
            answer(ADVANCE_FORWARD_ONLY);
            return;
        }
        Duration duration;
        try {
            duration = DurationText.parse(amount);
        } catch (DurationText.TooLongException e) {
            answer(ADVANCE_TOO_FAR);
            return;
        } catch (IllegalArgumentException e) {
            answer(e.getMessage());
            return;
        }
        if (duration.isNegative() || duration.isZero()) { // "0h", "PT-24H"
            answer(ADVANCE_FORWARD_ONLY);
            return;
        }
        if (duration.compareTo(MAX_ADVANCE) > 0) {
            answer(ADVANCE_TOO_FAR);
            return;
        }
        clock.advance(duration);
        out.println("(time is now " + SIMULATED_TIME.format(clock.instant().atZone(clock.getZone())) + ")");
        bot.sendDueAgendas();
        for (int round = 0; round < MAX_DISPATCH_ROUNDS && bot.dispatchDuePrompts() > 0; round++) {
            // keep going while a round found work: a long jump can make more than one batch due
        }
    }

    /**
     * "/import PATH": the local file goes to the bot as an upload, as a document sent in a chat would; a file
     * over the bot's limit is not read, only its size is passed, and the bot says it is too big.
     */
    private void importFile(String path) {
        if (path.isBlank()) {
            answer(IMPORT_USAGE);
            return;
        }
        Path file = Path.of(path.replaceAll("^\"|\"$", ""));
        try {
            long size = Files.size(file);
            byte[] content = size > Inbound.Upload.MAX_BYTES ? null : Files.readAllBytes(file);
            String name = file.getFileName().toString();
            bot.handle(new Inbound.Upload(user, chat, name, mediaType(name), size, content));
        } catch (IOException e) {
            answer("cannot read " + file + ": " + e.getClass().getSimpleName());
        }
    }

    private static String mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".vcf") || lower.endsWith(".vcard") ? "text/vcard" : lower.endsWith(".csv") ? "text/csv"
                : "application/octet-stream";
    }

    /** The console's own one-line answers, in brackets so they do not read as the bot's. */
    private void answer(String text) {
        out.println("(" + text + ")");
    }
}
