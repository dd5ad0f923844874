package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.importing.ContactFile;
import com.followupbot.importing.Duplicates;
import com.followupbot.importing.ImportedContact;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A contacts file the user sent (CSV or vCard): its people become contacts, none twice, and nothing is scheduled
 * for them. The reply counts what was imported, what was already there and the rows that could not be read;
 * when the file says some were met in the last {@link ImportPlanning#RECENT_DAYS} days, a button offers their
 * 24/7/30 plan. One transaction with its journal entry, so "undo" removes exactly the contacts it created.
 */
final class ImportFlow {

    private static final Logger log = LoggerFactory.getLogger(ImportFlow.class);
    /** Far more contacts than anyone keeps: all of them are compared with the file. */
    private static final int EXISTING_LIMIT = 200_000;
    /** The unreadable rows named in the reply; the rest are counted. */
    private static final int ROWS_NAMED = 10;

    private final Transactions transactions;
    private final ContactBook contacts;
    private final UserActions journal;
    private final Buttons buttons;
    private final Replies replies;
    private final Clock clock;

    ImportFlow(Transactions transactions, ContactBook contacts, UserActions journal, Buttons buttons, Replies replies,
               Clock clock) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.journal = journal;
        this.buttons = buttons;
        this.replies = replies;
        this.clock = clock;
    }

    /** "import" typed: how to send the file. */
    void explain(User user, ChatId chat) {
        replies.say(user, chat, "import.howTo");
    }

    void upload(User user, Inbound.Upload upload) {
        ChatId chat = upload.chat();
        if (upload.tooLarge()) {
            replies.say(user, chat, "import.tooLarge", "size", String.format(user.speaks().locale(), "%.1f MB",
                    upload.size() / (1024.0 * 1024.0)));
            return;
        }
        if (!upload.fetched()) {
            replies.say(user, chat, "import.notFetched", "file", upload.fileName());
            return;
        }
        ContactFile.Read read = ContactFile.read(upload.fileName(), upload.mediaType(), upload.content());
        if (!(read instanceof ContactFile.Contacts file) || file.contacts().isEmpty() && file.unreadableRows().isEmpty()) {
            replies.say(user, chat, "import.notContacts", "file", upload.fileName());
            return;
        }
        replies.held(transactions, () -> {
            store(user, chat, file);
            return null;
        });
    }

    private void store(User user, ChatId chat, ContactFile.Contacts file) {
        Duplicates.Sorted sorted = Duplicates.sort(contacts.all(user.id(), EXISTING_LIMIT), file.contacts());
        Instant now = clock.instant();
        List<Long> ids = contacts.addAll(user.id(), sorted.fresh().stream().map(p -> draft(user, p)).toList(), now);
        if (!ids.isEmpty()) {
            journal.record(user.id(), new UserAction.Imported(ids));
        }
        log.info("user {}: imported {} contacts, {} already there, {} rows unreadable", user.id(), ids.size(),
                sorted.alreadyThere(), file.unreadableRows().size());
        String text = summary(user, ids.size(), sorted.alreadyThere(), file.unreadableRows());
        List<String> recent = recent(user, sorted.fresh(), ids);
        if (recent.isEmpty()) {
            replies.send(chat, OutboundMessage.text(text));
            return;
        }
        Button plan = buttons.make(user.id(), replies.text(user, "import.planButton"), ButtonAction.IMPORT_PLAN,
                ids.get(0), String.join(",", recent));
        replies.send(chat, text + "\n" + replies.text(user, "import.recent", "count", recent.size()), List.of(List.of(plan)));
    }

    private String summary(User user, int created, int alreadyThere, List<Integer> unreadable) {
        StringBuilder text = new StringBuilder(replies.text(user, counted("import.imported", created), "count", created));
        if (alreadyThere > 0) {
            text.append(replies.text(user, counted("import.alreadyThere", alreadyThere), "count", alreadyThere));
        }
        if (!unreadable.isEmpty()) {
            String rows = unreadable.stream().limit(ROWS_NAMED).map(String::valueOf).collect(Collectors.joining(", "))
                    + (unreadable.size() > ROWS_NAMED ? ", …" : "");
            text.append(replies.text(user, counted("import.unreadable", unreadable.size()), "count", unreadable.size(), "rows", rows));
        }
        return text.append(replies.text(user, created > 0 ? "import.nothingPlanned" : "import.end")).toString();
    }

    /** The bundle key for {@code count} of something: its ".one" form for exactly one. */
    static String counted(String key, int count) {
        return count == 1 ? key + ".one" : key;
    }

    /** "contactId=day" for each created contact the file says was met in the last days, as the button carries them. */
    private List<String> recent(User user, List<ImportedContact> fresh, List<Long> ids) {
        LocalDate today = user.localTime(clock.instant()).toLocalDate();
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            LocalDate on = fresh.get(i).connectedOn();
            if (on != null && !on.isAfter(today) && !on.isBefore(today.minusDays(ImportPlanning.RECENT_DAYS))) {
                recent.add(ids.get(i) + "=" + on);
            }
        }
        return recent;
    }

    private static Contact draft(User user, ImportedContact p) {
        return new Contact(user.id(), 0, p.fullName(), p.company(), p.role(), p.email(), p.phone(), p.linkedin(), null, null);
    }
}
