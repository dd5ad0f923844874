package com.followupbot.conversation;

import com.followupbot.conversation.internal.QuestionDao;
import com.followupbot.conversation.internal.QuestionRow;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The questions each user may still answer, stored as JSON until answered or timed out. Asking a new
 * question never drops an open one: an answer is resolved against all of them, newest first.
 */
public final class Questions {

    /** An open question and its id. */
    public record Open(long id, PendingQuestion question) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final JsonState json = new JsonState();

    public Questions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Stores the question; returns its id. */
    public long ask(long userId, PendingQuestion question) {
        Instant now = clock.instant();
        String data = json.write(question, PendingQuestion.class);
        return jdbi.withExtension(QuestionDao.class, dao -> dao.insert(userId, kind(question.getClass()), data,
                now.plus(question.timeout()), now));
    }

    /** Replaces the user's open questions of the same kind (a repeated question) with this one. */
    public long askAgain(long userId, PendingQuestion question) {
        close(userId, question.getClass());
        return ask(userId, question);
    }

    /** The user's open questions, newest first; ones stored by an older version that no longer read are skipped. */
    public List<Open> open(long userId) {
        return jdbi.withExtension(QuestionDao.class, dao -> dao.open(userId, clock.instant())).stream()
                .flatMap(row -> read(row).stream()).toList();
    }

    public Optional<Open> find(long userId, long id) {
        return jdbi.withExtension(QuestionDao.class, dao -> dao.find(userId, id, clock.instant())).flatMap(this::read);
    }

    /** The newest open question of this kind. */
    public <Q extends PendingQuestion> Optional<Q> newest(long userId, Class<Q> kind) {
        return open(userId).stream().map(Open::question).filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /** Stores what a question learned after it was asked (the message that asked it). */
    public void update(long userId, long id, PendingQuestion question) {
        String data = json.write(question, PendingQuestion.class);
        jdbi.useExtension(QuestionDao.class, dao -> dao.update(userId, id, data));
    }

    public void close(long userId, long id) {
        jdbi.useExtension(QuestionDao.class, dao -> dao.delete(userId, id));
    }

    @SafeVarargs
    public final void close(long userId, Class<? extends PendingQuestion>... kinds) {
        String[] names = Arrays.stream(kinds).map(Questions::kind).toArray(String[]::new);
        jdbi.useExtension(QuestionDao.class, dao -> dao.deleteKinds(userId, names));
    }

    private Optional<Open> read(QuestionRow row) {
        return json.read(row.data(), PendingQuestion.class).map(q -> new Open(row.id(), q));
    }

    private static String kind(Class<? extends PendingQuestion> type) {
        return type.getSimpleName();
    }
}
