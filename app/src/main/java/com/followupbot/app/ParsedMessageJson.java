package com.followupbot.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupbot.capture.OutcomeMention;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.capture.PersonMention;
import com.followupbot.capture.ReferralMention;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/**
 * The parse command's JSON: fixed key order, absent values as explicit nulls (scripts can rely on every
 * key being there), dates as ISO "YYYY-MM-DD" and times as "HH:MM". "referral" and "outcome" come last
 * (null unless the intent is one of theirs); an amount is a JSON number (2500, 2500.5), never a string.
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
        node.set("referral", message.referral() == null ? node.nullNode() : referral(message.referral()));
        node.set("outcome", message.outcome() == null ? node.nullNode() : outcome(message.outcome()));
        return node;
    }

    private static ObjectNode referral(ReferralMention referral) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("giver", referral.giver());
        node.put("receiver", referral.receiver());
        node.set("prospect", referral.prospect() == null ? node.nullNode() : person(referral.prospect()));
        node.put("need", referral.need());
        node.put("temperature", referral.temperature() == null ? null : referral.temperature().json());
        return node;
    }

    private static ObjectNode outcome(OutcomeMention outcome) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("prospect", outcome.prospect());
        node.put("status", outcome.status().json());
        node.put("amount", outcome.amount() == null ? null : plain(outcome.amount()));
        node.put("currency", outcome.currency());
        return node;
    }

    /** 2500 rather than 2.5E+3: a BigDecimal with a negative scale would be written in exponent form. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
