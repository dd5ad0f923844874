package com.followupbot.inbound.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.InboundEvent;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.Platform;
import com.followupbot.inbound.HeldInbound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The held messages on disk, one JSON line per change: "hold" with the message, "done" with its id.
 * Append-only, so that a crash mid-write loses at most the line being written (skipped on reading),
 * never what was kept before; the file is emptied whenever nothing is held any more. Not the database,
 * by design: this is what keeps messages while the database is away.
 */
public final class HoldFile {

    private static final Logger log = LoggerFactory.getLogger(HoldFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the file; flat so that it reads the same whatever the records of the chat package become. */
    record Line(String op, String id, long heldAt, String source, String key, Long seq, String kind, String platform,
                String userId, String displayName, String language, String zone, String chatId, boolean privateChat,
                String text, String refChat, String refMessage, String token, String name, String args,
                String fileName, String mediaType, Long size, byte[] content) {
    }

    private final Path path;

    public HoldFile(Path path) {
        this.path = path;
    }

    /** What is still held, in the order it came. */
    public List<HeldInbound> read() {
        if (!Files.exists(path)) {
            return List.of();
        }
        Map<String, HeldInbound> held = new LinkedHashMap<>();
        try {
            for (String text : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (text.isBlank()) {
                    continue;
                }
                try {
                    Line line = JSON.readValue(text, Line.class);
                    if (line.op().equals("done")) {
                        held.remove(line.id());
                    } else {
                        held.put(line.id(), toHeld(line));
                    }
                } catch (IOException | RuntimeException torn) {
                    log.warn("Skipping an unreadable line of {} (a write cut short by a crash?)", path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the held messages in " + path, e);
        }
        return new ArrayList<>(held.values());
    }

    public void hold(HeldInbound held) {
        append(toLine(held));
    }

    public void done(String id) {
        append(new Line("done", id, 0, null, null, null, null, null, null, null, null, null, null, false,
                null, null, null, null, null, null, null, null, null, null));
    }

    /** Nothing is held any more: start the file afresh instead of letting it grow. */
    public void clear() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not empty {}: {}", path, e.toString());
        }
    }

    private void append(Line line) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(false); // on disk before the user is told it is kept: outages are rare, this is cheap
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the held messages to " + path, e);
        }
    }

    private static Line toLine(HeldInbound held) {
        Inbound in = held.inbound();
        ChatUser from = in.from();
        InboundEvent event = held.event();
        String kind = in instanceof Inbound.Text ? "text" : in instanceof Inbound.Press ? "press"
                : in instanceof Inbound.Upload ? "upload" : "command";
        Inbound.Upload upload = in instanceof Inbound.Upload u ? u : null;
        MessageRef ref = in instanceof Inbound.Text t ? t.replyTo() : in instanceof Inbound.Press p ? p.message() : null;
        return new Line("hold", held.id(), held.heldAt().toEpochMilli(),
                event == null ? null : event.source(), event == null ? null : event.key(), event == null ? null : event.sequence(),
                kind, from.platform().name(), from.platformUserId(), from.displayName(), from.languageCode(), from.zoneId(),
                in.chat().value(), in.chat().isPrivate(),
                in instanceof Inbound.Text t ? t.text() : null,
                ref == null ? null : ref.chatId(), ref == null ? null : ref.messageId(),
                in instanceof Inbound.Press p ? p.token() : null,
                in instanceof Inbound.Command c ? c.name() : null,
                in instanceof Inbound.Command c ? c.args() : null,
                // a file of at most Upload.MAX_BYTES, kept (as base64) like any text held: it is replayed, not lost
                upload == null ? null : upload.fileName(), upload == null ? null : upload.mediaType(),
                upload == null ? null : upload.size(), upload == null ? null : upload.content());
    }

    private static HeldInbound toHeld(Line line) {
        ChatUser from = new ChatUser(Platform.valueOf(line.platform()), line.userId(), line.displayName(), line.language(),
                line.zone());
        ChatId chat = new ChatId(line.chatId(), line.privateChat());
        MessageRef ref = line.refChat() == null ? null : new MessageRef(line.refChat(), line.refMessage());
        Inbound inbound = switch (line.kind()) {
            case "text" -> new Inbound.Text(from, chat, line.text(), ref);
            // the platform's acknowledgement handle has long expired by the replay, so none is kept
            case "press" -> new Inbound.Press(from, chat, line.token(), ref, null);
            case "command" -> new Inbound.Command(from, chat, line.name(), line.args());
            case "upload" -> new Inbound.Upload(from, chat, line.fileName(), line.mediaType(),
                    line.size() == null ? 0 : line.size(), line.content());
            default -> throw new IllegalArgumentException("unknown kind " + line.kind());
        };
        InboundEvent event = line.source() == null ? null : new InboundEvent(line.source(), line.key(), line.seq());
        return new HeldInbound(line.id(), Instant.ofEpochMilli(line.heldAt()), event, inbound);
    }
}
