package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.AskText;
import com.followupbot.chat.ChatId;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.util.Optional;

/** "my ask: facility managers of hotels in Milan, because …" sets the ask, "my ask" shows it, "my ask: clear" clears it. */
final class MyAskFlow {

    /** An ask is a sentence or two, not a business plan. */
    static final int MAX_LENGTH = 300;

    private final Transactions transactions;
    private final UserDirectory users;
    private final UserActions journal;
    private final Replies replies;

    MyAskFlow(Transactions transactions, UserDirectory users, UserActions journal, Replies replies) {
        this.transactions = transactions;
        this.users = users;
        this.journal = journal;
        this.replies = replies;
    }

    void handle(User user, ChatId chat, String args) {
        String ask = args == null ? "" : args.strip();
        Optional<String> current = users.ask(user.id());
        if (ask.isEmpty()) {
            current.ifPresentOrElse(a -> replies.say(user, chat, "ask.show", "ask", a), () -> replies.say(user, chat, "ask.none"));
            return;
        }
        boolean clear = AskText.clears(ask);
        if (clear && current.isEmpty()) {
            replies.say(user, chat, "ask.none");
            return;
        }
        String value = clear ? null : ask.length() > MAX_LENGTH ? ask.substring(0, MAX_LENGTH).strip() : ask;
        transactions.inOne(() -> {
            journal.record(user.id(), new UserAction.AskChanged(current.orElse(null)));
            users.changeAsk(user.id(), value);
            return null;
        });
        if (clear) {
            replies.say(user, chat, "ask.cleared");
        } else {
            replies.say(user, chat, "ask.set", "ask", value, "whom", AskText.whom(value));
        }
    }
}
