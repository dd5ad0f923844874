package com.followupbot.importing.internal;

import com.followupbot.importing.ContactFile;
import com.followupbot.importing.ImportedContact;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The contacts of a vCard file, read by ez-vcard (folded lines, 2.1/3.0/4.0, quoted-printable and charsets
 * are its business). A card's row is its place in the file, from one; a card with neither FN nor N is unreadable.
 */
public final class VcardContacts {

    private VcardContacts() {
    }

    public static Optional<ContactFile.Contacts> read(String text) {
        List<VCard> cards = Ezvcard.parse(text).all();
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        List<ImportedContact> contacts = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            VCard card = cards.get(i);
            String name = name(card);
            if (name == null) {
                unreadable.add(i + 1);
                continue;
            }
            contacts.add(new ImportedContact(i + 1, name, organization(card),
                    card.getTitles().isEmpty() ? null : Cells.clean(card.getTitles().get(0).getValue()),
                    card.getEmails().isEmpty() ? null : Cells.email(card.getEmails().get(0).getValue()),
                    phone(card), linkedin(card), null));
        }
        return Optional.of(new ContactFile.Contacts(contacts, unreadable));
    }

    private static String name(VCard card) {
        String formatted = card.getFormattedName() == null ? null : Cells.clean(card.getFormattedName().getValue());
        if (formatted != null && formatted.codePoints().anyMatch(Character::isLetter)) {
            return formatted;
        }
        StructuredName n = card.getStructuredName();
        if (n == null) {
            return null;
        }
        String joined = Cells.clean(Stream.concat(Stream.of(n.getGiven()), Stream.concat(n.getAdditionalNames().stream(),
                Stream.of(n.getFamily()))).filter(s -> s != null).collect(Collectors.joining(" ")));
        return joined != null && joined.codePoints().anyMatch(Character::isLetter) ? joined : null;
    }

    private static String organization(VCard card) {
        return card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? null
                : Cells.clean(card.getOrganization().getValues().get(0));
    }

    private static String phone(VCard card) {
        for (Telephone tel : card.getTelephoneNumbers()) {
            String number = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber();
            if (Cells.clean(number) != null) {
                return Cells.clean(number);
            }
        }
        return null;
    }

    /** A LinkedIn profile among the card's URLs, else the first URL. */
    private static String linkedin(VCard card) {
        List<String> urls = card.getUrls().stream().map(Url::getValue).map(Cells::clean).filter(u -> u != null).toList();
        return urls.stream().filter(u -> u.contains("linkedin.com")).findFirst().orElse(urls.isEmpty() ? null : urls.get(0));
    }
}
