package com.followupbot.importing.internal;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a CSV holds what, read from its header: Google Contacts' ("First Name", "Last Name",
 * "E-mail 1 - Value", "Organization Name" and the older "Given Name", "Organization 1 - Name"), LinkedIn's
 * ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"), Outlook's and
 * plain ones ("name,company,email,phone"), in English or Italian. The first column of a kind wins.
 */
record Columns(Map<Field, Integer> at) {

    enum Field { FULL_NAME, FIRST_NAME, MIDDLE_NAME, LAST_NAME, COMPANY, ROLE, EMAIL, PHONE, LINKEDIN, CONNECTED_ON }

    private static final Map<Field, Set<String>> NAMES = Map.of(
            Field.FULL_NAME, Set.of("name", "full name", "display name", "formatted name", "contact", "nome completo",
                    "nominativo", "contatto"),
            Field.FIRST_NAME, Set.of("first name", "given name", "firstname", "nome"),
            Field.MIDDLE_NAME, Set.of("middle name", "additional name", "secondo nome"),
            Field.LAST_NAME, Set.of("last name", "family name", "surname", "lastname", "cognome"),
            Field.COMPANY, Set.of("company", "organization", "organisation", "organization name", "organization 1 - name",
                    "company name", "azienda", "societa", "ditta", "organizzazione"),
            Field.ROLE, Set.of("position", "title", "job title", "organization title", "organization 1 - title", "role",
                    "ruolo", "qualifica", "posizione", "mansione"),
            Field.EMAIL, Set.of("email", "e-mail", "email address", "e-mail address", "e-mail 1 - value", "email 1 - value",
                    "mail", "posta elettronica", "indirizzo email"),
            Field.PHONE, Set.of("phone", "telephone", "mobile", "mobile phone", "phone 1 - value", "primary phone",
                    "business phone", "home phone", "telefono", "cellulare", "tel"),
            Field.LINKEDIN, Set.of("url", "linkedin", "linkedin url", "profile url", "website", "web page"),
            Field.CONNECTED_ON, Set.of("connected on", "collegato il", "connesso il"));

    /** The header's columns, if it names someone: a full name, or a first or last name, and one more known column. */
    static Optional<Columns> of(List<String> header) {
        Map<Field, Integer> at = new EnumMap<>(Field.class);
        for (int i = 0; i < header.size(); i++) {
            String name = key(header.get(i));
            for (Map.Entry<Field, Set<String>> kind : NAMES.entrySet()) {
                if (kind.getValue().contains(name)) {
                    at.putIfAbsent(kind.getKey(), i);
                }
            }
        }
        boolean named = at.containsKey(Field.FULL_NAME) || at.containsKey(Field.FIRST_NAME) || at.containsKey(Field.LAST_NAME);
        return named && at.size() >= 2 ? Optional.of(new Columns(at)) : Optional.empty();
    }

    /** How many columns were recognised: with two delimiters possible, the one that finds more is right. */
    int known() {
        return at.size();
    }

    /** The cell of {@code field} in {@code row}, stripped; null when the file has no such column or the cell is empty. */
    String cell(List<String> row, Field field) {
        Integer i = at.get(field);
        if (i == null || i >= row.size()) {
            return null;
        }
        String value = row.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    /** Lower case, accents and quotes dropped, spaces made one: "E-mail 1 - Value" and "e-mail 1 - value" are one. */
    static String key(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replace("\uFEFF", "").replace("\"", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
