package com.followupbot.conversation;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.user.User;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "export": the user's data as files in the chat (the console writes them and prints where). */
final class ExportFlow {

    private static final Logger log = LoggerFactory.getLogger(ExportFlow.class);

    private final DataExport export;
    private final Replies replies;
    private final Clock clock;

    ExportFlow(DataExport export, Replies replies, Clock clock) {
        this.export = export;
        this.replies = replies;
        this.clock = clock;
    }

    void export(User user, ChatId chat) {
        DataExport.Export data = export.of(user);
        if (data.empty()) {
            replies.say(user, chat, "export.none");
            return;
        }
        String day = user.localTime(clock.instant()).toLocalDate().toString();
        String summary = replies.text(user, "export.summary", "contacts", data.contacts(), "meetings", data.meetings(),
                "followUps", data.followUps(), "referrals", data.referrals());
        // the files leave with the turn's other replies, after its commit: a turn replayed after a rollback
        // must not have sent them already
        replies.afterCommit(() -> replies.send(chat, OutboundMessage.text(
                sendFiles(user, chat, data, day) ? summary : replies.text(user, "export.fileFailed"))));
    }

    private boolean sendFiles(User user, ChatId chat, DataExport.Export data, String day) {
        try {
            replies.sendFile(chat, OutboundFile.csv("followup-bot-" + day + ".csv", data.csv(),
                    replies.text(user, "export.csvCaption")));
            if (data.contacts() > 0) {
                replies.sendFile(chat, new OutboundFile("contacts-" + day + ".vcf", "text/vcard", data.vcards(),
                        replies.text(user, "export.vcfCaption")));
            }
            return true;
        } catch (DeliveryException e) {
            log.warn("user {}: the export was not delivered ({})", user.id(), e.reason());
            return false;
        }
    }
}
