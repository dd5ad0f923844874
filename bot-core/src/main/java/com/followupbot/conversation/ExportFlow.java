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
        String text = replies.text(user, "export.summary", "contacts", data.contacts(), "meetings", data.meetings(),
                "followUps", data.followUps(), "referrals", data.referrals());
        try {
            replies.sendFile(chat, OutboundFile.csv("followup-bot-" + day + ".csv", data.csv(),
                    replies.text(user, "export.csvCaption")));
            if (data.contacts() > 0) {
                replies.sendFile(chat, new OutboundFile("contacts-" + day + ".vcf", "text/vcard", data.vcards(),
                        replies.text(user, "export.vcfCaption")));
            }
        } catch (DeliveryException e) {
            log.warn("user {}: the export was not delivered ({})", user.id(), e.reason());
            text = replies.text(user, "export.fileFailed");
        }
        replies.send(chat, OutboundMessage.text(text));
    }
}
