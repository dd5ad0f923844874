package com.followupbot.chat;

import java.util.List;
import java.util.Objects;

/** What the bot says: text (plain, with line breaks) and rows of buttons, possibly none. */
public record OutboundMessage(String text, List<List<Button>> buttonRows) {
    public OutboundMessage {
        Objects.requireNonNull(text, "text");
        buttonRows = buttonRows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    }

    public static OutboundMessage text(String text) {
        return new OutboundMessage(text, List.of());
    }

    public List<Button> buttons() {
        return buttonRows.stream().flatMap(List::stream).toList();
    }
}
