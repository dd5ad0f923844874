package com.followupbot.app;

import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the bot's messages. A terminal has no buttons, so each message's buttons become numbered
 * choices on one line ({@code [1] Done  [2] Snooze 1 d}); the user answers by typing the number.
 * Numbers keep counting up while earlier messages can still be answered, and start again at 1 once
 * none can, so they stay short.
 *
 * <p>A terminal cannot change what it printed either, so an edit is printed anew, after {@link #EDITED}.
 * During a console turn ({@link #beginTurn} to {@link #endTurn}: the handling of one typed line) edits
 * wait for the end of the turn and are left out when a message of the same turn already said their
 * text: answering a prompt by typing edits the prompt to its outcome and replies with that outcome too.
 *
 * <p>A terminal cannot show a file either: {@link #sendFile} writes it into a folder (the data directory's
 * {@code files}, else a temporary one) under a name no earlier file took, and prints its caption and path
 * after {@link #FILE}, so the user can open it.
 *
 * <p>Thread-safe: the dispatch loop sends while the console reads.
 */
public final class ConsoleChatPort implements ChatPort {

    private static final Logger log = LoggerFactory.getLogger(ConsoleChatPort.class);

    /** What precedes an edited message: a sign rather than a word, since the bot speaks the user's language. */
    static final String EDITED = "✎ ";
    /** What precedes a file's caption and path, a sign for the same reason. */
    static final String FILE = "📎 ";

    /** A numbered answer: pressing {@code token} on {@code message}. */
    public record Choice(MessageRef message, String token, String label) {
    }

    /** What one console turn printed, and the edits it holds back until it ends. */
    private static final class Turn {
        final Map<MessageRef, OutboundMessage> edits = new LinkedHashMap<>();
        final List<String> printed = new ArrayList<>();

        boolean alreadySaid(OutboundMessage edit) {
            String text = edit.text().strip();
            return edit.buttons().isEmpty() && printed.stream().anyMatch(said -> said.contains(text));
        }
    }

    private final PrintStream out;
    private final Path filesDirectory; // null: a temporary one, made for the first file
    private final TreeMap<Integer, Choice> open = new TreeMap<>();
    private long sent;
    private Turn turn; // null outside a console turn: background dispatch prints edits at once
    private Path temporaryFiles;

    /** Files go to a temporary folder: for a bot without a data directory of its own (an external database, tests). */
    public ConsoleChatPort(PrintStream out) {
        this(out, null);
    }

    /** Files go to {@code filesDirectory}, made when the first file comes. */
    public ConsoleChatPort(PrintStream out, Path filesDirectory) {
        this.out = out;
        this.filesDirectory = filesDirectory == null ? null : filesDirectory.toAbsolutePath().normalize();
    }

    @Override
    public synchronized MessageRef send(ChatId chat, OutboundMessage message) {
        MessageRef ref = new MessageRef(chat.value(), Long.toString(++sent));
        print(message.text(), ref, message.buttons());
        return ref;
    }

    @Override
    public synchronized MessageRef sendFile(ChatId chat, OutboundFile file) {
        Path written;
        try {
            written = ConsoleFiles.writeNew(directory(), file);
        } catch (IOException e) {
            throw new DeliveryException(DeliveryException.Reason.REJECTED, "could not write " + file.fileName() + " ("
                    + e.getClass().getSimpleName() + ")", null, e);
        }
        log.debug("wrote {} ({} bytes)", written, file.size());
        MessageRef ref = new MessageRef(chat.value(), Long.toString(++sent));
        print(FILE + (file.hasCaption() ? file.caption() + " → " : "") + written, ref, List.of());
        return ref;
    }

    /** Where files go; the temporary folder is made once, at the first file, and kept for the run. */
    private Path directory() throws IOException {
        if (filesDirectory != null) {
            return filesDirectory;
        }
        if (temporaryFiles == null) {
            temporaryFiles = Files.createTempDirectory("followup-bot-files-");
        }
        return temporaryFiles;
    }

    @Override
    public synchronized void edit(MessageRef message, OutboundMessage replacement) {
        // the old buttons are gone from the message, so their numbers no longer answer anything
        open.values().removeIf(choice -> choice.message().equals(message));
        if (turn != null) {
            turn.edits.remove(message); // a message edited twice in a turn shows its last text, in that place
            turn.edits.put(message, replacement);
        } else {
            print(EDITED + replacement.text(), message, replacement.buttons());
        }
    }

    @Override
    public synchronized void acknowledge(Inbound.Press press, String text) {
        if (text != null && !text.isBlank()) {
            print("(" + text.strip() + ")", null, List.of());
        }
    }

    /** The console starts handling a typed line: edits wait for {@link #endTurn}. */
    public synchronized void beginTurn() {
        endTurn();
        turn = new Turn();
    }

    /** The typed line is handled: prints its edits, but those whose text a message of the turn already said. */
    public synchronized void endTurn() {
        Turn ended = turn;
        turn = null;
        if (ended == null) {
            return;
        }
        ended.edits.forEach((message, replacement) -> {
            if (!ended.alreadySaid(replacement)) {
                print(EDITED + replacement.text(), message, replacement.buttons());
            }
        });
    }

    /** The choice a typed number stands for, if that number is still open. */
    public synchronized Optional<Choice> choice(int number) {
        return Optional.ofNullable(open.get(number));
    }

    private void print(String text, MessageRef ref, List<Button> buttons) {
        out.println(text);
        if (turn != null) {
            turn.printed.add(text);
        }
        if (!buttons.isEmpty()) {
            List<String> labels = new ArrayList<>();
            int number = open.isEmpty() ? 1 : open.lastKey() + 1;
            for (Button button : buttons) {
                open.put(number, new Choice(ref, button.token(), button.label()));
                labels.add("[" + number++ + "] " + button.label());
            }
            out.println(String.join("  ", labels));
        }
        out.flush();
    }
}
