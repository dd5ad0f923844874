package com.followupbot.testing;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.HomeView;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link ChatPort} that keeps everything the bot said, for tests to read back in order. Thread-safe. */
public final class RecordingChatPort implements ChatPort {

    /** A message the bot sent. */
    public record Sent(MessageRef ref, ChatId chat, OutboundMessage message) {
    }

    /** A file the bot sent: what a test reads back is the file's name, media type, bytes and caption. */
    public record SentFile(MessageRef ref, ChatId chat, OutboundFile file) {
        public String fileName() {
            return file.fileName();
        }

        public String mediaType() {
            return file.mediaType();
        }

        public byte[] bytes() {
            return file.content();
        }

        public String caption() {
            return file.caption();
        }
    }

    /** An edit of an earlier message. */
    public record Edit(MessageRef ref, OutboundMessage replacement) {
    }

    /** An acknowledged button press with its toast. */
    public record Ack(Inbound.Press press, String text) {
    }

    private final AtomicLong ids = new AtomicLong();
    private final String prefix;
    private final Deque<Sent> unread = new ConcurrentLinkedDeque<>();
    private final List<Sent> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Deque<SentFile> unreadFiles = new ConcurrentLinkedDeque<>();
    private final List<SentFile> allFiles = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Deque<Edit> edits = new ConcurrentLinkedDeque<>();
    private final Deque<Ack> acks = new ConcurrentLinkedDeque<>();
    private final List<Home> homes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Sent> whispers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean showsHome;
    private volatile com.followupbot.chat.DeliveryException fileRefusal;
    private volatile com.followupbot.chat.DeliveryException sendRefusal;
    private final AtomicLong refusedSends = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicBoolean crashOnNextSend = new java.util.concurrent.atomic.AtomicBoolean();

    /** A home screen shown to a user. */
    public record Home(ChatUser user, HomeView view) {
    }

    private volatile java.util.function.Predicate<String> owns = chat -> true;
    private volatile com.followupbot.chat.Platform serves;

    /** Makes this port one platform among several: it owns these chats and serves that platform's users. */
    public RecordingChatPort asPlatform(com.followupbot.chat.Platform platform, java.util.function.Predicate<String> chats) {
        this.serves = platform;
        this.owns = chats;
        return this;
    }

    @Override
    public boolean owns(String chatId) {
        return owns.test(chatId);
    }

    @Override
    public boolean serves(com.followupbot.chat.Platform platform) {
        return serves == null || serves == platform;
    }

    /** Makes this port a platform with home screens (Slack's App Home). */
    public RecordingChatPort withHomes() {
        showsHome = true;
        return this;
    }

    @Override
    public boolean showsHome() {
        return showsHome;
    }

    @Override
    public void showHome(ChatUser user, HomeView view) {
        homes.add(new Home(user, view));
    }

    /** Every home screen shown, oldest first. */
    public List<Home> homes() {
        return List.copyOf(homes);
    }

    public RecordingChatPort() {
        this("m");
    }

    public RecordingChatPort(String prefix) {
        this.prefix = prefix;
    }

    /** From now on every message is refused with {@code refusal} (the platform down); null takes messages again. */
    public RecordingChatPort refuseSends(com.followupbot.chat.DeliveryException refusal) {
        this.sendRefusal = refusal;
        return this;
    }

    private final java.util.Map<String, com.followupbot.chat.DeliveryException> chatRefusals = new java.util.concurrent.ConcurrentHashMap<>();

    /** From now on every message to this chat is refused with {@code refusal} (the user blocked the bot); null takes them again. */
    public RecordingChatPort refuseSendsTo(ChatId chat, com.followupbot.chat.DeliveryException refusal) {
        if (refusal == null) {
            chatRefusals.remove(chat.value());
        } else {
            chatRefusals.put(chat.value(), refusal);
        }
        return this;
    }

    private volatile java.util.function.BiConsumer<ChatId, OutboundMessage> beforeSend = (chat, message) -> { };

    /** Runs {@code hook} as each message is about to be sent (a slow platform, something changing meanwhile). */
    public RecordingChatPort beforeEachSend(java.util.function.BiConsumer<ChatId, OutboundMessage> hook) {
        this.beforeSend = hook;
        return this;
    }

    /** Thrown by {@link #crashOnNextSend}: the process dying mid-send, which nothing in the bot catches. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash while sending");
        }
    }

    /** The next message kills its sender before it reaches the platform (kill -9 mid-batch, in one thread). */
    public RecordingChatPort crashOnNextSend() {
        crashOnNextSend.set(true);
        return this;
    }

    /** How many messages were refused while {@link #refuseSends} was set. */
    public long refusedSends() {
        return refusedSends.get();
    }

    @Override
    public MessageRef send(ChatId chat, OutboundMessage message) {
        if (crashOnNextSend.getAndSet(false)) {
            throw new SimulatedCrash();
        }
        beforeSend.accept(chat, message);
        com.followupbot.chat.DeliveryException refusal = sendRefusal != null ? sendRefusal : chatRefusals.get(chat.value());
        if (refusal != null) {
            refusedSends.incrementAndGet();
            throw refusal;
        }
        Sent sent = new Sent(new MessageRef(chat.value(), prefix + ids.incrementAndGet()), chat, message);
        unread.add(sent);
        all.add(sent);
        return sent.ref();
    }

    /** From now on every file is refused with {@code refusal} (a Slack app without files:write); null takes files again. */
    public RecordingChatPort refuseFiles(com.followupbot.chat.DeliveryException refusal) {
        this.fileRefusal = refusal;
        return this;
    }

    @Override
    public MessageRef sendFile(ChatId chat, OutboundFile file) {
        if (fileRefusal != null) {
            throw fileRefusal;
        }
        SentFile sent = new SentFile(new MessageRef(chat.value(), prefix + ids.incrementAndGet()), chat, file);
        unreadFiles.add(sent);
        allFiles.add(sent);
        return sent.ref();
    }

    @Override
    public void edit(MessageRef message, OutboundMessage replacement) {
        edits.add(new Edit(message, replacement));
    }

    @Override
    public void acknowledge(Inbound.Press press, String text) {
        acks.add(new Ack(press, text));
    }

    public Sent pollSent() {
        return unread.poll();
    }

    /** The oldest file not read yet, or null. Files are kept apart from messages, so pollSent never returns one. */
    public SentFile pollSentFile() {
        return unreadFiles.poll();
    }

    /** Every file sent, read or not, oldest first. */
    public List<SentFile> files() {
        return List.copyOf(allFiles);
    }

    public Edit pollEdit() {
        return edits.poll();
    }

    public Ack pollAck() {
        return acks.poll();
    }

    public List<Sent> unread() {
        return new ArrayList<>(unread);
    }

    /** Forgets everything recorded so far. */
    public void clear() {
        unread.clear();
        all.clear();
        unreadFiles.clear();
        allFiles.clear();
        edits.clear();
        acks.clear();
    }

    /** Everything sent, read or not, oldest first. */
    public List<Sent> all() {
        return List.copyOf(all);
    }
}
