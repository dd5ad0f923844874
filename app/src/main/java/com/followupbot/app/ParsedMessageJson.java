package com.followupbot.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.capture.PersonMention;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * The parse command's JSON: fixed key order, absent values as explicit nulls (scripts can rely on every
 * key being there), dates as ISO "YYYY-MM-DD" and times as "HH:MM".
 */
final class ParsedMessageJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private ParsedMessageJson() {
    }

    static String write(ParsedMessage message) {
        try {
            return MAPPER.writeValueAsString(toTree(message));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode toTree(ParsedMessage message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("intent", message.intent().json());
        ArrayNode people = node.putArray("people");
        message.people().forEach(person -> people.add(person(person)));
        node.put("event", message.event());
        node.put("metOn", message.metOn() == null ? null : message.metOn().toString());
        node.put("metAt", message.metAt() == null ? null : HOURS_MINUTES.format(message.metAt()));
        node.put("note", message.note());
        return node;
    }

    private static ObjectNode person(PersonMention person) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", person.name());
        node.put("company", person.company());
        node.put("role", person.role());
        node.put("email", person.email());
        node.put("phone", person.phone());
        node.put("linkedin", person.linkedin());
        return node;
    }
}
