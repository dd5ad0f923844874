package com.followupbot.importing;

import com.followupbot.importing.internal.CsvContacts;
import com.followupbot.importing.internal.FileText;
import com.followupbot.importing.internal.VcardContacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the contacts in a file a user uploaded: a CSV (Google Contacts, LinkedIn's Connections.csv, an
 * Excel sheet saved with semicolons, a plain "name,company,email,phone") or a vCard file (3.0 or 4.0, as
 * phones and mail programs export them). Nothing is stored here.
 */
public final class ContactFile {

    /** What a file held. */
    public sealed interface Read {
    }

    /** The people read, and the rows that had none (no name), by row number. */
    public record Contacts(List<ImportedContact> contacts, List<Integer> unreadableRows) implements Read {
        public Contacts {
            contacts = List.copyOf(contacts);
            unreadableRows = List.copyOf(unreadableRows);
        }
    }

    /** Not a contacts file at all: binary, or text with no recognisable header or card. */
    public record NotContacts() implements Read {
    }

    private ContactFile() {
    }

    public static Read read(String fileName, String mediaType, byte[] content) {
        Optional<String> text = FileText.decode(content);
        if (text.isEmpty()) {
            return new NotContacts();
        }
        Optional<Contacts> read = looksLikeVcard(fileName, mediaType, text.get())
                ? VcardContacts.read(text.get()) : CsvContacts.read(text.get());
        return read.<Read>map(r -> r).orElseGet(NotContacts::new);
    }

    private static boolean looksLikeVcard(String fileName, String mediaType, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".vcf") || name.endsWith(".vcard") || mediaType.contains("vcard")
                || text.stripLeading().regionMatches(true, 0, "BEGIN:VCARD", 0, 11);
    }
}
