package com.followupbot.importing;

import com.followupbot.capture.Contact;
import com.followupbot.capture.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which people of a file are new. Someone is already there when an existing contact, or someone earlier in the
 * same file, has the same email, or the same name (case and accents aside) and, when both have a company, the
 * same company: "Anna Rossi, Acme" and "Anna Rossi" are one person, "Anna Rossi, Acme" and "Anna Rossi, Beta"
 * two. The caller passes only the importing user's own contacts.
 */
public final class Duplicates {

    /** The people to create, and how many were already there. */
    public record Sorted(List<ImportedContact> fresh, int alreadyThere) {
    }

    private final Set<String> emails = new HashSet<>();
    /** Each name's companies; a null company stands for "no company given". */
    private final Map<String, Set<String>> companiesByName = new HashMap<>();

    private Duplicates(List<Contact> existing) {
        existing.forEach(c -> remember(c.fullName(), c.company(), c.email()));
    }

    public static Sorted sort(List<Contact> existing, List<ImportedContact> file) {
        Duplicates known = new Duplicates(existing);
        List<ImportedContact> fresh = new ArrayList<>();
        int already = 0;
        for (ImportedContact person : file) {
            if (known.has(person)) {
                already++;
            } else {
                fresh.add(person);
                known.remember(person.fullName(), person.company(), person.email());
            }
        }
        return new Sorted(fresh, already);
    }

    private boolean has(ImportedContact person) {
        if (person.email() != null && emails.contains(email(person.email()))) {
            return true;
        }
        Set<String> companies = companiesByName.get(TextNormalizer.key(person.fullName()));
        if (companies == null) {
            return false;
        }
        String company = company(person.company());
        return company == null || companies.contains(null) || companies.contains(company);
    }

    private void remember(String name, String company, String email) {
        if (email != null) {
            emails.add(email(email));
        }
        companiesByName.computeIfAbsent(TextNormalizer.key(name), k -> new HashSet<>()).add(company(company));
    }

    private static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String company(String company) {
        String key = company == null ? "" : TextNormalizer.key(company);
        return key.isEmpty() ? null : key;
    }
}
