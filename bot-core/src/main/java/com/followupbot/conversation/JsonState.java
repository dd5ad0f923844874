package com.followupbot.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON form of conversation state (questions, journal entries) kept in jsonb columns. */
final class JsonState {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Logger log = LoggerFactory.getLogger(JsonState.class);

    <T> String write(T value, Class<T> type) {
        try {
            return MAPPER.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    /** Empty for data an older version stored that no longer reads: dropped, not fatal. */
    <T> Optional<T> read(String data, Class<T> type) {
        try {
            return Optional.of(MAPPER.readValue(data, type));
        } catch (JsonProcessingException e) {
            log.warn("dropping unreadable {}: {}", type.getSimpleName(), e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
