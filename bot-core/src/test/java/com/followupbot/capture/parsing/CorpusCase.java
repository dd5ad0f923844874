package com.followupbot.capture.parsing;

import com.followupbot.capture.Intent;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.capture.PersonMention;
import com.fasterxml.jackson.databind.JsonNode;
import com.followupbot.user.Language;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of {@code capture/corpus.jsonl}: a message, the user's language and clock, and everything
 * the parser must understand. Absent JSON values mean null; "now" defaults to Thursday 2026-03-12 18:30
 * and "zone" to Europe/Rome; "detect": true parses without a language hint.
 */
record CorpusCase(int line, String text, Language language, boolean detect, ZonedDateTime now, ParsedMessage expected) {
    static final String DEFAULT_NOW = "2026-03-12T18:30";
    static final String DEFAULT_ZONE = "Europe/Rome";

    static List<CorpusCase> load(String resource) {
        return com.followupbot.testing.JsonLines.read(resource, CorpusCase::of);
    }

    private static CorpusCase of(int line, JsonNode j) {
        Language language = Language.fromCode(j.get("lang").asText());
        ZoneId zone = ZoneId.of(text(j, "zone") == null ? DEFAULT_ZONE : text(j, "zone"));
        ZonedDateTime now = LocalDateTime.parse(text(j, "now") == null ? DEFAULT_NOW : text(j, "now")).atZone(zone);
        Intent intent = Intent.valueOf(j.get("intent").asText().toUpperCase(Locale.ROOT));
        ParsedMessage expected;
        if (intent != Intent.CAPTURE) {
            expected = ParsedMessage.of(intent, language);
        } else {
            List<PersonMention> people = new ArrayList<>();
            for (JsonNode p : j.get("people")) {
                people.add(new PersonMention(text(p, "name"), text(p, "company"), text(p, "role"), text(p, "email"),
                        text(p, "phone"), text(p, "linkedin")));
            }
            String metAt = text(j, "metAt");
            expected = new ParsedMessage(intent, language, people, text(j, "event"), LocalDate.parse(text(j, "metOn")),
                    metAt == null ? null : LocalTime.parse(metAt), text(j, "note"));
        }
        return new CorpusCase(line, j.get("text").asText(), language, j.path("detect").asBoolean(false), now, expected);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    ParsedMessage parse(MeetingParser parser) {
        return parser.parse(text, detect ? null : language, now);
    }

    String displayName() {
        return language.code() + ":" + line + " " + text;
    }
}
