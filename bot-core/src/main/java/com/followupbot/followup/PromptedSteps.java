package com.followupbot.followup;

import com.followupbot.chat.MessageRef;
import com.followupbot.followup.internal.PromptDao;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Finds the step a prompt message asked about, and the prompts still waiting for an answer. */
public final class PromptedSteps {

    private final Jdbi jdbi;

    public PromptedSteps(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The user's step whose latest prompt is {@code message}. */
    public Optional<FollowUpStep> promptedBy(long userId, MessageRef message) {
        return jdbi.withExtension(PromptDao.class, dao -> dao.byPrompt(userId, message.chatId(), message.messageId()));
    }

    /** The only prompt the user has not answered yet; empty when there are none or several. */
    public Optional<FollowUpStep> onlyOpenPrompt(long userId) {
        List<FollowUpStep> open = jdbi.withExtension(PromptDao.class, dao -> dao.awaitingAnswer(userId, 2));
        return open.size() == 1 ? Optional.of(open.get(0)) : Optional.empty();
    }
}
