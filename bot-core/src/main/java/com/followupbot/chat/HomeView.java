package com.followupbot.chat;

import java.util.List;

/**
 * A user's home screen, where the platform has one (Slack's App Home): sections of text, each with its
 * buttons, top to bottom. The core sends a fresh one whenever what it shows may have changed.
 */
public record HomeView(List<OutboundMessage> sections) {
    public HomeView {
        sections = List.copyOf(sections);
    }
}
