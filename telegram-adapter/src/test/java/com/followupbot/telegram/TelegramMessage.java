package com.followupbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A message the bot sent, as the fake Bot API received it: chat, the id it was given, text, inline keyboard. */
record TelegramMessage(long chatId, int messageId, String text, JsonNode keyboard) {

    List<String> labels() {
        List<String> labels = new ArrayList<>();
        keyboard.forEach(row -> row.forEach(button -> labels.add(button.get("text").asText())));
        return labels;
    }

    /** The callback data of the button labelled {@code label}. */
    String callbackData(String label) {
        return button(label).get("callback_data").asText();
    }

    String url(String label) {
        return button(label).get("url").asText();
    }

    List<String> callbackData() {
        List<String> data = new ArrayList<>();
        keyboard.forEach(row -> row.forEach(button -> {
            if (button.has("callback_data")) {
                data.add(button.get("callback_data").asText());
            }
        }));
        return data;
    }

    private JsonNode button(String label) {
        for (JsonNode row : keyboard) {
            for (JsonNode button : row) {
                if (button.get("text").asText().equals(label)) {
                    return button;
                }
            }
        }
        throw new AssertionError("no button '" + label + "' on: " + text);
    }
}
