package com.followupbot.followup.internal;

import com.followupbot.followup.FollowUpStep;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Steps found by their prompt message, for answers typed rather than pressed. */
@RegisterConstructorMapper(FollowUpStep.class)
public interface PromptDao {

    @SqlQuery("select " + StepDao.COLUMNS + """
             from follow_up_step
            where user_id = :userId and prompt_chat_id = :chatId and prompt_message_id = :messageId
            """)
    Optional<FollowUpStep> byPrompt(@Bind("userId") long userId, @Bind("chatId") String chatId,
                                    @Bind("messageId") String messageId);
}
