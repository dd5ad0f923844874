package com.followupbot.conversation;

import com.followupbot.chat.ChatId;
import com.followupbot.conversation.internal.InboxDao;
import com.followupbot.user.User;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** Keeps every text a user sent, before anything interprets it. */
public final class Inbox {

    private final Jdbi jdbi;
    private final Clock clock;

    public Inbox(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void record(User user, ChatId chat, String text) {
        jdbi.useExtension(InboxDao.class, dao -> dao.record(user.id(), chat.value(), text, clock.instant()));
    }
}
