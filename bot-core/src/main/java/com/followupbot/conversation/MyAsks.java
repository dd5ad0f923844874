package com.followupbot.conversation;

import com.followupbot.capture.AskText;
import com.followupbot.i18n.Texts;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.util.Optional;

/**
 * The user's ask (whom they want to meet, and why) where it makes a conversation end with a specific
 * request: the 30-day call opener, the one-to-one brief, and the request to a happy client.
 */
final class MyAsks {

    private final UserDirectory users;
    private final Texts texts;

    MyAsks(UserDirectory users, Texts texts) {
        this.users = users;
        this.texts = texts;
    }

    Optional<String> of(User user) {
        return users.ask(user.id());
    }

    /** " And if you know any facility managers of hotels in Milan, I'd love an introduction.", or nothing. */
    String inCallDraft(User user) {
        return of(user).map(ask -> " " + texts.get(user.speaks(), "ask.inCall", "whom", AskText.whom(ask))).orElse("");
    }

    /** The brief's line: the ask to end the one-to-one with, or how to set one. */
    String inBrief(User user) {
        return of(user).map(ask -> texts.get(user.speaks(), "brief.ask", "ask", ask))
                .orElse(texts.get(user.speaks(), "brief.noAsk"));
    }

    /** After closed business: ask the happy client for an introduction, with a draft that says whom. */
    String toHappyClient(User user, String clientFirst) {
        return of(user).map(ask -> {
            String why = AskText.why(ask);
            return texts.get(user.speaks(), "ask.client", "first", clientFirst, "whom", AskText.whom(ask),
                    "why", why.isEmpty() ? "" : ", " + why);
        }).orElse(texts.get(user.speaks(), "ask.clientNoAsk", "first", clientFirst));
    }
}
