package com.followupbot.chat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A file the bot sends (a chart, an export): its name as the user will see it, its media type, its bytes
 * and a caption (possibly empty) shown with it. The bytes are copied in and out, so neither the caller nor
 * a port can change a file once made.
 */
public record OutboundFile(String fileName, String mediaType, byte[] content, String caption) {

    /**
     * The largest file the bot sends: Telegram takes photos up to 10 MB (documents up to 50 MB), Slack far
     * more; one ceiling for all keeps a file that one platform takes from being refused by another.
     */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public OutboundFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        fileName = fileName.strip();
        if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.equals(".")
                || fileName.equals("..") || fileName.chars().anyMatch(Character::isISOControl)) {
            // the console writes the file under this name: a path in it could write anywhere
            throw new IllegalArgumentException("a file name without path separators, not \"" + fileName + "\"");
        }
        mediaType = mediaType.strip().toLowerCase(Locale.ROOT);
        if (mediaType.isEmpty()) {
            throw new IllegalArgumentException("a media type, such as image/png or text/csv");
        }
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("between 1 byte and " + MAX_BYTES + " bytes, not " + content.length);
        }
        content = content.clone();
        caption = caption == null ? "" : caption.strip();
    }

    public static OutboundFile png(String fileName, byte[] content, String caption) {
        return new OutboundFile(fileName, "image/png", content, caption);
    }

    public static OutboundFile csv(String fileName, byte[] content, String caption) {
        return new OutboundFile(fileName, "text/csv", content, caption);
    }

    /** A copy: the record's own bytes stay as they were made. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /** A picture the platforms show inline (Telegram's photos); anything else goes as a document. */
    public boolean isImage() {
        return mediaType.equals("image/png") || mediaType.equals("image/jpeg");
    }

    public boolean hasCaption() {
        return !caption.isEmpty();
    }

    /** Equal names, types, bytes and captions: a record compares arrays by identity, which says nothing here. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OutboundFile file && fileName.equals(file.fileName) && mediaType.equals(file.mediaType)
                && Arrays.equals(content, file.content) && caption.equals(file.caption);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content), caption);
    }

    /** Never the bytes: a file's content is the user's, not the log's. */
    @Override
    public String toString() {
        return "OutboundFile[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
