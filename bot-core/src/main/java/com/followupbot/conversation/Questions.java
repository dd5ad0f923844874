package com.followupbot.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.followupbot.conversation.internal.QuestionDao;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores the question each user is expected to answer, as JSON, until answered or timed out. */
public final class Questions {

    private static final Logger log = LoggerFactory.getLogger(Questions.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Questions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void ask(long userId, PendingQuestion question) {
        Instant now = clock.instant();
        String data = write(question);
        jdbi.useExtension(QuestionDao.class, dao -> dao.put(userId, question.getClass().getSimpleName(), data,
                now.plus(question.timeout()), now));
    }

    public Optional<PendingQuestion> current(long userId) {
        return jdbi.withExtension(QuestionDao.class, dao -> dao.current(userId, clock.instant())).flatMap(this::read);
    }

    public void clear(long userId) {
        jdbi.useExtension(QuestionDao.class, dao -> dao.clear(userId));
    }

    private String write(PendingQuestion question) {
        try {
            return json.writerFor(PendingQuestion.class).writeValueAsString(question);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + question.getClass().getSimpleName(), e);
        }
    }

    private Optional<PendingQuestion> read(String data) {
        try {
            return Optional.of(json.readValue(data, PendingQuestion.class));
        } catch (JsonProcessingException e) {
            // A question stored by an older version that no longer reads is dropped, not fatal.
            log.warn("dropping unreadable pending question: {}", e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
