package com.followupbot.conversation;

import com.followupbot.conversation.internal.ActionDao;
import com.followupbot.conversation.internal.ActionRow;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The journal of what each user did, for "undo": written with the change, read newest first. */
public final class UserActions {

    /** A journal entry: its id, the action, and when it happened. */
    public record Logged(long id, UserAction action, Instant doneAt) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final JsonState json = new JsonState();

    public UserActions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Journals an action; call it inside the transaction that made the change. */
    public void record(long userId, UserAction action) {
        String data = json.write(action, UserAction.class);
        jdbi.useExtension(ActionDao.class, dao -> dao.insert(userId, action.getClass().getSimpleName(), data,
                clock.instant()));
    }

    /** The newest action not undone yet, locked until the transaction ends. */
    public Optional<Logged> newest(long userId) {
        return jdbi.withExtension(ActionDao.class, dao -> dao.newestNotUndone(userId)).flatMap(this::read);
    }

    /** The capture of {@code meetingId}, if it is journaled since {@code since} and not undone. */
    public Optional<Logged> capture(long userId, long meetingId, Instant since) {
        return jdbi.withExtension(ActionDao.class, dao -> dao.recentOfKind(userId, "Captured", since)).stream()
                .flatMap(row -> read(row).stream())
                .filter(l -> l.action() instanceof UserAction.Captured c && c.meetingId() == meetingId)
                .findFirst();
    }

    public boolean markUndone(long userId, long id) {
        return jdbi.withExtension(ActionDao.class, dao -> dao.markUndone(userId, id, clock.instant())) == 1;
    }

    private Optional<Logged> read(ActionRow row) {
        return json.read(row.reversal(), UserAction.class).map(a -> new Logged(row.id(), a, row.doneAt()));
    }
}
