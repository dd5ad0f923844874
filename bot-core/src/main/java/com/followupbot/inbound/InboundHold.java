package com.followupbot.inbound;

import com.followupbot.inbound.internal.HoldFile;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The messages waiting for the database, oldest first. Kept in a local file when one is given, so that
 * what users typed during an outage also survives the bot being restarted meanwhile; in memory only
 * otherwise. Bounded: past {@code capacity} messages a new one is refused, and the platform's own
 * redelivery (or the user) has to bring it again, rather than the bot growing without limit.
 */
public final class InboundHold {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final Deque<HeldInbound> held = new ArrayDeque<>();
    private final HoldFile file; // null: memory only
    private final int capacity;

    private InboundHold(HoldFile file, int capacity) {
        this.file = file;
        this.capacity = capacity;
        if (file != null) {
            held.addAll(file.read());
        }
    }

    public static InboundHold inMemory(int capacity) {
        return new InboundHold(null, capacity);
    }

    /** Held messages in {@code path}, reading back what an earlier run left there. */
    public static InboundHold inFile(Path path, int capacity) {
        return new InboundHold(new HoldFile(path), capacity);
    }

    /** Keeps {@code message}; false when the hold is full and it was not kept. */
    public synchronized boolean add(HeldInbound message) {
        if (held.size() >= capacity) {
            return false;
        }
        if (file != null) {
            file.hold(message); // on disk first: if that fails, we have not claimed to keep it
        }
        held.addLast(message);
        return true;
    }

    public synchronized Optional<HeldInbound> oldest() {
        return Optional.ofNullable(held.peekFirst());
    }

    /** The message was handled (or is beyond saving): it is not replayed again, not even after a restart. */
    public synchronized void remove(HeldInbound message) {
        if (!held.remove(message)) {
            return;
        }
        if (file != null) {
            if (held.isEmpty()) {
                file.clear();
            } else {
                file.done(message.id());
            }
        }
    }

    public synchronized boolean contains(HeldInbound message) {
        return held.contains(message);
    }

    public synchronized boolean isEmpty() {
        return held.isEmpty();
    }

    public synchronized int size() {
        return held.size();
    }
}
