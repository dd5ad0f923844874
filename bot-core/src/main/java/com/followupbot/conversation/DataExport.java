package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.Meeting;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.referral.Referral;
import com.followupbot.referral.Referrals;
import com.followupbot.user.User;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.StructuredName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Everything the user gave the bot, in files they can open anywhere: one CSV of their contacts, meetings,
 * follow-ups and referrals (a row each, its kind in the first column), and a vCard file of their contacts for a
 * phone's address book. Only the user's own rows are read.
 */
final class DataExport {

    /** Far more than anyone logs; the export reads no further. */
    static final int LIMIT = 20_000;
    static final List<String> COLUMNS = List.of("record", "date", "name", "company", "role", "email", "phone", "linkedin",
            "event", "note", "step", "state", "partner", "side", "status", "amount", "currency");

    /** What an export holds, counted for the reply. */
    record Export(byte[] csv, byte[] vcards, int contacts, int meetings, int followUps, int referrals) {
        boolean empty() {
            return contacts == 0 && referrals == 0;
        }
    }

    private final ContactBook contacts;
    private final FollowUps followUps;
    private final Referrals referrals;
    private final Replies replies;

    DataExport(ContactBook contacts, FollowUps followUps, Referrals referrals, Replies replies) {
        this.contacts = contacts;
        this.followUps = followUps;
        this.referrals = referrals;
        this.replies = replies;
    }

    Export of(User user) {
        List<List<String>> rows = new ArrayList<>();
        List<VCard> cards = new ArrayList<>();
        int meetings = 0;
        int steps = 0;
        List<Contact> all = contacts.all(user.id(), LIMIT);
        for (Contact c : all) {
            rows.add(row(user, "contact", c.createdAt() == null ? null : user.localTime(c.createdAt()).toLocalDate().toString(),
                    c.fullName(), c.company(), c.role(), c.email(), c.phone(), c.linkedin(), null, c.notes()));
            cards.add(card(c));
            for (Meeting m : contacts.meetingsWith(user.id(), c.id())) {
                rows.add(row(user, "meeting", m.metOn().toString(), c.fullName(), null, null, null, null, null, m.event(), m.note()));
                meetings++;
            }
            for (FollowUpStep s : followUps.ofContact(user.id(), c.id())) {
                List<String> row = row(user, "followUp", user.localTime(s.dueAt()).toLocalDate().toString(), c.fullName(),
                        null, null, null, null, null, null, s.outcomeNote());
                row.set(10, replies.text(user, "step.name." + s.kind()));
                row.set(11, replies.text(user, "export.state." + s.state()));
                rows.add(row);
                steps++;
            }
        }
        List<Referral> given = referrals.recent(user.id(), LIMIT);
        for (Referral r : given) {
            List<String> row = row(user, "referral", user.localTime(r.createdAt()).toLocalDate().toString(),
                    r.prospect().name(), r.prospect().company(), r.prospect().role(), r.prospect().email(),
                    r.prospect().phone(), r.prospect().linkedin(), null, r.need());
            row.set(12, r.partnerName());
            row.set(13, replies.text(user, "export.side." + r.side()));
            row.set(14, replies.text(user, "referral.status." + r.status().json()));
            row.set(15, SpreadsheetCsv.amount(r.amount(), user.speaks().locale()));
            row.set(16, r.currency());
            rows.add(row);
        }
        Locale locale = user.speaks().locale();
        byte[] csv = SpreadsheetCsv.write(locale, COLUMNS.stream().map(c -> replies.text(user, "export.column." + c)).toList(),
                rows);
        byte[] vcf = Ezvcard.write(cards).version(VCardVersion.V3_0).go().getBytes(StandardCharsets.UTF_8);
        return new Export(csv, vcf, all.size(), meetings, steps, given.size());
    }

    private List<String> row(User user, String kind, String date, String name, String company, String role, String email,
                             String phone, String linkedin, String event, String note) {
        List<String> row = new ArrayList<>(Arrays.asList(new String[COLUMNS.size()]));
        List<String> first = Arrays.asList(replies.text(user, "export.kind." + kind), date, name, company, role, email, phone,
                linkedin, event, note);
        for (int i = 0; i < first.size(); i++) {
            row.set(i, first.get(i));
        }
        return row;
    }

    /** A vCard 3.0 (what phones import best): name, company, title, email, phone, LinkedIn as a URL, notes. */
    private static VCard card(Contact c) {
        VCard card = new VCard();
        card.setFormattedName(c.fullName());
        String[] words = c.fullName().strip().split("\\s+");
        StructuredName name = new StructuredName();
        name.setGiven(words[0]);
        if (words.length > 1) {
            name.setFamily(String.join(" ", Arrays.copyOfRange(words, 1, words.length)));
        }
        card.setStructuredName(name);
        if (c.company() != null) {
            card.setOrganization(c.company());
        }
        if (c.role() != null) {
            card.addTitle(c.role());
        }
        if (c.email() != null) {
            card.addEmail(c.email());
        }
        if (c.phone() != null) {
            card.addTelephoneNumber(c.phone());
        }
        if (c.linkedin() != null) {
            card.addUrl(c.linkedin());
        }
        if (c.notes() != null) {
            card.addNote(c.notes());
        }
        return card;
    }
}
