package com.followupbot.followup;

import com.followupbot.chat.MessageRef;
import com.followupbot.followup.internal.PromptDao;
import com.followupbot.followup.internal.StepDao;
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

    /**
     * Steps waiting for the user's answer, newest prompt first: prompted ones, and those already due when
     * their meeting was logged (offered in its confirmation).
     */
    public List<FollowUpStep> awaitingAnswer(long userId, int limit) {
        return jdbi.withExtension(StepDao.class, dao -> dao.awaitingAnswer(userId, limit));
    }
}
