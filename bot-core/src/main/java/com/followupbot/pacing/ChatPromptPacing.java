package com.followupbot.pacing;

import com.followupbot.followup.PromptPacing;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Duration;

/** Prompts go to the user's private chat: it must rest as long as the pacer says that chat must. */
public final class ChatPromptPacing implements PromptPacing {

    private final UserDirectory users;
    private final java.util.function.Function<String, java.util.Optional<SendPacer>> pacerOfChat;

    /** {@code pacerOfChat}: the pacer of the platform a chat is on (none: not paced). */
    public ChatPromptPacing(UserDirectory users, java.util.function.Function<String, java.util.Optional<SendPacer>> pacerOfChat) {
        this.users = users;
        this.pacerOfChat = pacerOfChat;
    }

    @Override
    public Duration restBeforePrompting(long userId) {
        User user = users.byId(userId);
        String chat = user.privateChatId();
        return chat == null ? Duration.ZERO : pacerOfChat.apply(chat).map(p -> p.idleIn(chat)).orElse(Duration.ZERO);
    }
}
