package com.followupbot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something Slack sends the app, in the shape of both transports: {@code envelopeType} names its Socket Mode
 * envelope (events_api, slash_commands, interactive); over HTTP an event is a JSON body, a slash command a
 * form, an interaction a form with the JSON in its {@code payload} field.
 */
record SlackPayload(String envelopeType, ObjectNode body) {

    static final String EVENT = "events_api";
    static final String COMMAND = "slash_commands";
    static final String INTERACTIVE = "interactive";

    String eventId() {
        return body.path("event_id").asText();
    }

    /** The HTTP request body and its content type. */
    String httpBody() {
        return switch (envelopeType) {
            case COMMAND -> {
                Map<String, String> form = new LinkedHashMap<>();
                body.properties().forEach(field -> form.put(field.getKey(), field.getValue().asText()));
                yield Form.encode(form);
            }
            case INTERACTIVE -> Form.encode(Map.of("payload", body.toString()));
            default -> body.toString();
        };
    }

    String httpContentType() {
        return envelopeType.equals(EVENT) ? "application/json" : "application/x-www-form-urlencoded";
    }
}
