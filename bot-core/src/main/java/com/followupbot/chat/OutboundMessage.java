package com.followupbot.chat;

import java.util.List;
import java.util.Objects;

/**
 * What the bot says: text (plain, with line breaks), rows of buttons (possibly none) and a context line
 * (possibly empty): a secondary hint that platforms with a place for it show in small print (Slack's
 * context block). Platforms without one may leave it out, so nothing the user needs goes only there.
 */
public record OutboundMessage(String text, List<List<Button>> buttonRows, String context) {
    public OutboundMessage {
        Objects.requireNonNull(text, "text");
        buttonRows = buttonRows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
        context = context == null ? "" : context.strip();
    }

    public OutboundMessage(String text, List<List<Button>> buttonRows) {
        this(text, buttonRows, "");
    }

    public static OutboundMessage text(String text) {
        return new OutboundMessage(text, List.of());
    }

    public OutboundMessage withContext(String line) {
        return new OutboundMessage(text, buttonRows, line);
    }

    public boolean hasContext() {
        return !context.isEmpty();
    }

    public List<Button> buttons() {
        return buttonRows.stream().flatMap(List::stream).toList();
    }
}
