package com.followupbot.pacing;

import com.followupbot.followup.PromptPacing;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Duration;

/** Prompts go to the user's private chat: it must rest as long as the pacer says that chat must. */
public final class ChatPromptPacing implements PromptPacing {

    private final UserDirectory users;
    private final SendPacer pacer;

    public ChatPromptPacing(UserDirectory users, SendPacer pacer) {
        this.users = users;
        this.pacer = pacer;
    }

    @Override
    public Duration restBeforePrompting(long userId) {
        User user = users.byId(userId);
        return user.privateChatId() == null ? Duration.ZERO : pacer.idleIn(user.privateChatId());
    }
}
