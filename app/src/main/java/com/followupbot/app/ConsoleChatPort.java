package com.followupbot.app;

import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prints the bot's messages. A terminal has no buttons, so each message's buttons become numbered
 * choices on one line ({@code [1] Done  [2] Snooze 1 d}); the user answers by typing the number.
 * Numbers keep counting up while earlier messages can still be answered, and start again at 1 once
 * none can, so they stay short. Thread-safe: the dispatch loop sends while the console reads.
 */
public final class ConsoleChatPort implements ChatPort {

    /** What precedes an edited message, printed anew: a sign rather than a word, since the bot speaks the user's language. */
    static final String EDITED = "✎ ";

    /** A numbered answer: pressing {@code token} on {@code message}. */
    public record Choice(MessageRef message, String token, String label) {
    }

    private final PrintStream out;
    private final TreeMap<Integer, Choice> open = new TreeMap<>();
    private long sent;

    public ConsoleChatPort(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized MessageRef send(ChatId chat, OutboundMessage message) {
        MessageRef ref = new MessageRef(chat.value(), Long.toString(++sent));
        print(message.text(), ref, message.buttons());
        return ref;
    }

    @Override
    public synchronized void edit(MessageRef message, OutboundMessage replacement) {
        // the old buttons are gone from the message, so their numbers no longer answer anything
        open.values().removeIf(choice -> choice.message().equals(message));
        print(EDITED + replacement.text(), message, replacement.buttons());
    }

    @Override
    public synchronized void acknowledge(Inbound.Press press, String text) {
        if (text != null && !text.isBlank()) {
            out.println("(" + text.strip() + ")");
        }
    }

    /** The choice a typed number stands for, if that number is still open. */
    public synchronized Optional<Choice> choice(int number) {
        return Optional.ofNullable(open.get(number));
    }

    private void print(String text, MessageRef ref, List<Button> buttons) {
        out.println(text);
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
