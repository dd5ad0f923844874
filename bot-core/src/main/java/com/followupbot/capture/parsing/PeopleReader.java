package com.followupbot.capture.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the people after the capture verb: "Anna", "Anna Rossi", "Dr. Anna De Luca", "anna rossi",
 * "Anna and Marco", "Anna, Marco e Luca", "the CTO of Acme, Anna Rossi", "l'avvocato Bianchi",
 * each with the company and role attached to it. Once the first name is capitalised, later names
 * must be too, so "met Anna and talked about..." does not invent a person called "talked".
 */
final class PeopleReader {
    private static final int MAX_DESCRIPTION_WORDS = 5;
    private final Analysis a;
    private final Lexicon lx;
    private final CompanyReader companies;
    private final RoleReader roles;
    private final AttachmentReader attachments;
    private final NameReader names;

    PeopleReader(Analysis a) {
        this.a = a;
        this.lx = a.lx;
        this.companies = new CompanyReader(a);
        this.roles = new RoleReader(a, companies);
        this.attachments = new AttachmentReader(a, roles, companies);
        this.names = new NameReader(a, companies);
    }

    List<PersonDraft> read(int from) {
        List<PersonDraft> people = new ArrayList<>();
        Boolean capital = null;
        int i = a.skipUsed(from);
        boolean commaOnly = false;
        while (i < a.headEnd) {
            PersonDraft p = person(i, capital);
            if (p == null) {
                break;
            }
            if (commaOnly && companyAfterComma(people.get(people.size() - 1), p)) {
                a.use(p.start, p.end);
                break;
            }
            people.add(p);
            a.use(p.start, p.end);
            capital = p.nameWords.get(0).capitalized() || p.nameWords.get(0).elided();
            int j = a.skipUsed(p.end);
            int k = j;
            if (a.isPunct(k, ',')) {
                k++;
            }
            Phrases.Match conj = a.match(lx.conjunctions, k);
            k += conj == null ? 0 : conj.length();
            if (k == j) {
                break;
            }
            commaOnly = conj == null;
            i = a.skipUsed(k);
        }
        return people;
    }

    /**
     * "Anna Rossi, Acme, anna@acme.com": one capitalised word after a full name, in a list that never
     * reaches an "and", is the company of the person before it. The company is set on {@code previous}.
     */
    private boolean companyAfterComma(PersonDraft previous, PersonDraft candidate) {
        boolean shape = candidate.nameWords.size() == 1 && candidate.company == null && candidate.role == null
                && previous.nameWords.size() >= 2 && previous.company == null;
        if (!shape) {
            return false;
        }
        for (int k = candidate.end; k < a.headEnd; k++) {
            if (a.match(lx.conjunctions, k) != null) {
                return false;
            }
        }
        previous.company = candidate.nameWords.get(0).text();
        return true;
    }

    private PersonDraft person(int i, Boolean capital) {
        String role = null;
        String company = null;
        int j = i;
        RoleReader.Role first = roles.possessive(j);
        if (first == null) {
            first = roles.role(j, true);
        }
        if (first != null) {
            int k = first.end();
            k += a.isPunct(k, ',') ? 1 : 0;
            Phrases.Match intro = a.match(lx.nameIntro, k);
            k += intro == null ? 0 : intro.length();
            if (names.nameStartsAt(k, capital)) {
                role = first.role();
                company = first.company();
                j = k;
            }
        } else {
            j = afterIntro(j);
        }
        j = afterHonorific(j);
        PersonDraft p = names.name(i, j, capital);
        if (p == null) {
            return null;
        }
        p.role = role;
        p.company = p.company != null ? p.company : company;
        p.end = attachments.attach(p.end, p);
        return p;
    }

    /** "Dr. Rossi", "la dott.ssa Bianchi", "il geom. Neri": the title is not part of the name. */
    private int afterHonorific(int j) {
        Phrases.Match art = a.match(lx.articles, j);
        int h = art == null ? j : j + art.length();
        Phrases.Match honorific = a.match(lx.honorifics, h);
        if (honorific != null) {
            int k = h + honorific.length() + (a.isPunct(h + honorific.length(), '.') ? 1 : 0);
            if (names.nameStartsAt(k, null)) {
                return k;
            }
        }
        return j;
    }

    /**
     * "a guy called Marco", "un tizio di nome Marco", "my old colleague Peter Gibbons", "una mia compagna di
     * scuola, Giulia Neri": a description before the name is skipped (it is not a known role).
     */
    private int afterIntro(int j) {
        Phrases.Match art = a.match(lx.articles, j);
        if (art == null) {
            return j;
        }
        int k = j + art.length();
        for (int n = 0; n < MAX_DESCRIPTION_WORDS && a.free(k); n++) {
            Phrases.Match intro = a.match(lx.nameIntro, k);
            if (intro != null) {
                return k + intro.length();
            }
            Token w = a.tok(k);
            if (w.isPunct(',')) {
                return n > 0 && a.nameWord(k + 1, Boolean.TRUE) ? k + 1 : j;
            }
            if (!w.isWord() || w.capitalized() || a.match(lx.eventStrong, k) != null) {
                break;
            }
            k++;
        }
        boolean ofCompany = a.match(lx.companyPreps, k - 1) != null || a.match(lx.connectors, k - 1) != null;
        return k > j + art.length() && !ofCompany && a.nameWord(k, Boolean.TRUE) ? k : j; // not "la responsabile di Ferrero"
    }
}
