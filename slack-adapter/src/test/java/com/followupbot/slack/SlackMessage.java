package com.followupbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A message the bot posted, as the fake Web API received it: the channel, Slack's ts, the fallback text, the blocks. */
record SlackMessage(String channel, String ts, String text, JsonNode blocks) {

    /** The texts of the section blocks, one per line. */
    String sections() {
        List<String> texts = new ArrayList<>();
        blocks.forEach(block -> {
            if (block.path("type").asText().equals("section")) {
                texts.add(block.path("text").path("text").asText());
            }
        });
        return String.join("\n", texts);
    }

    /** The texts of the context blocks (the small print under the text), one per line. */
    String context() {
        List<String> texts = new ArrayList<>();
        blocks.forEach(block -> {
            if (block.path("type").asText().equals("context")) {
                block.path("elements").forEach(element -> texts.add(element.path("text").asText()));
            }
        });
        return String.join("\n", texts);
    }

    List<String> types() {
        List<String> types = new ArrayList<>();
        blocks.forEach(block -> types.add(block.path("type").asText()));
        return types;
    }

    List<JsonNode> buttons() {
        List<JsonNode> buttons = new ArrayList<>();
        blocks.forEach(block -> {
            if (block.path("type").asText().equals("actions")) {
                block.path("elements").forEach(buttons::add);
            }
        });
        return buttons;
    }

    List<String> labels() {
        return buttons().stream().map(b -> b.path("text").path("text").asText()).toList();
    }

    JsonNode button(String label) {
        return buttons().stream().filter(b -> b.path("text").path("text").asText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + labels()));
    }

    String value(String label) {
        return button(label).path("value").asText();
    }

    static String joined(List<SlackMessage> messages) {
        return messages.stream().map(SlackMessage::sections).collect(Collectors.joining("\n---\n"));
    }
}
