package com.followupbot.conversation;

import com.followupbot.chat.Inbound;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.user.AccountDeletion;
import com.followupbot.user.User;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "delete my data": asks once, with what will go and that it cannot be undone; [Delete everything] removes
 * every row of the user, and [Keep my data] changes nothing. Other members keep their side of a shared
 * referral, without this user's name.
 */
final class DeleteDataFlow {

    private static final Logger log = LoggerFactory.getLogger(DeleteDataFlow.class);

    private final AccountDeletion deletion;
    private final Buttons buttons;
    private final Replies replies;

    DeleteDataFlow(AccountDeletion deletion, Buttons buttons, Replies replies) {
        this.deletion = deletion;
        this.buttons = buttons;
        this.replies = replies;
    }

    void ask(User user, ChatId chat) {
        replies.send(chat, new OutboundMessage(replies.text(user, "deleteData.ask"), List.of(List.of(
                buttons.make(user.id(), replies.text(user, "button.deleteData.yes"), ButtonAction.DELETE_DATA_YES, null),
                buttons.make(user.id(), replies.text(user, "button.deleteData.no"), ButtonAction.DELETE_DATA_NO, null)))));
    }

    /** Delete everything: the reply is written before the rows go, in the language the user spoke. */
    String confirm(User user, Inbound.Press press) {
        String done = replies.text(user, "deleteData.done");
        int rows = deletion.deleteEverything(user.id());
        log.info("user {} deleted their data ({} rows)", user.id(), rows);
        replies.edit(press.message(), OutboundMessage.text(done));
        return null;
    }

    String keep(User user, Inbound.Press press) {
        buttons.retireAll(user.id(), ButtonAction.DELETE_DATA_YES, ButtonAction.DELETE_DATA_NO);
        replies.edit(press.message(), OutboundMessage.text(replies.text(user, "deleteData.kept")));
        return "toast.saved";
    }
}
