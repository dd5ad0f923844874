package com.followupbot.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the people after the capture verb: "Anna", "Anna Rossi", "Dr. Anna De Luca", "anna rossi",
 * "Anna and Marco", "Anna, Marco e Luca", "the CTO of Acme, Anna Rossi", "l'avvocato Bianchi",
 * each with the company and role attached to it. Once the first name is capitalised, later names
 * must be too, so "met Anna and talked about..." does not invent a person called "talked".
 */
final class PeopleReader {
    private static final int MAX_NAME_WORDS_CAPITALISED = 4;
    private static final int MAX_NAME_WORDS_LOWER = 3;
    private static final int MAX_DESCRIPTION_WORDS = 5;
    private final Analysis a;
    private final Lexicon lx;
    private final CompanyRoleReader roles;
    private final AttachmentReader attachments;

    PeopleReader(Analysis a) {
        this.a = a;
        this.lx = a.lx;
        this.roles = new CompanyRoleReader(a);
        this.attachments = new AttachmentReader(a, roles);
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
        CompanyRoleReader.Role first = roles.possessive(j);
        if (first == null) {
            first = roles.role(j, true);
        }
        if (first != null) {
            int k = first.end();
            k += a.isPunct(k, ',') ? 1 : 0;
            Phrases.Match intro = a.match(lx.nameIntro, k);
            k += intro == null ? 0 : intro.length();
            if (nameStartsAt(k, capital)) {
                role = first.role();
                company = first.company();
                j = k;
            }
        } else {
            j = afterIntro(j);
        }
        j = afterHonorific(j);
        PersonDraft p = name(i, j, capital);
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
            if (nameStartsAt(k, null)) {
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
        return k > j + art.length() && a.nameWord(k, Boolean.TRUE) ? k : j;
    }

    private boolean nameStartsAt(int k, Boolean capital) {
        return a.nameWord(k, capital) || gluedElision(k);
    }

    /** "D'" + "Angelo", "dell'" + "Acqua": an elided particle written against a capitalised word. */
    private boolean gluedElision(int k) {
        if (!a.free(k) || !a.tok(k).elided() || !a.free(k + 1) || a.tok(k + 1).spaceBefore() || !a.tok(k + 1).isWord()) {
            return false;
        }
        boolean written = a.tok(k + 1).capitalized() || a.tok(k).capitalized();
        return written || a.match(lx.particlesUpper, k) != null && !a.vocab(k + 1);
    }

    private PersonDraft name(int start, int j, Boolean capital) {
        if (!nameStartsAt(j, capital)) {
            return null;
        }
        boolean cap = a.tok(j).capitalized() || gluedElision(j) && a.tok(j + 1).capitalized();
        List<Token> words = new ArrayList<>();
        int max = cap ? MAX_NAME_WORDS_CAPITALISED : MAX_NAME_WORDS_LOWER;
        int main = 0;
        int k = j;
        String company = null;
        while (k < a.headEnd && main < max) {
            if (gluedElision(k)) {
                words.add(a.tok(k));
                words.add(a.tok(k + 1));
                k += 2;
                main++;
                continue;
            }
            int afterParticles = k;
            while (main > 0 && particle(afterParticles) && afterParticles - k < 3) {
                afterParticles++; // "van der Berg", "De La Cruz"
            }
            if (afterParticles > k && (a.nameWord(afterParticles, cap) || gluedElision(afterParticles))) {
                while (k < afterParticles) {
                    words.add(a.tok(k++));
                }
                continue;
            }
            if (main >= 2 && a.isLegalSuffix(k)) {
                CompanyRoleReader.Company c = roles.company(k - 1);
                words.remove(words.size() - 1); // "Anna Rossi Acme Srl": the word before the suffix is the company's
                company = c == null ? null : c.name();
                k = c == null ? k : c.end();
                break;
            }
            boolean roleAhead = main > 0 && a.match(lx.roles, k) != null && a.match(lx.roleCompanyPreps, k + 1) != null;
            if (roleAhead || !a.nameWord(k, main == 0 ? null : cap) || main > 0 && !a.tok(k).spaceBefore()) {
                break;
            }
            words.add(a.tok(k++));
            main++;
        }
        if (words.isEmpty()) {
            return null;
        }
        PersonDraft p = new PersonDraft(words, start, k);
        p.company = company;
        return p;
    }

    /** "De", "van", "der", "La": but a lower-case "di"/"da" after a name is the company preposition. */
    private boolean particle(int k) {
        if (!a.free(k) || a.tok(k).elided()) {
            return false;
        }
        if (a.match(lx.particlesLower, k) != null) {
            return true;
        }
        return a.match(lx.particlesUpper, k) != null && (a.tok(k).capitalized() || a.match(lx.companyPreps, k) == null);
    }
}
