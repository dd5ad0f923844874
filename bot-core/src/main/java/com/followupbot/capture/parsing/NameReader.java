package com.followupbot.capture.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one person's name: "Anna", "Anna Rossi", "anna rossi", "Jan van der Berg", "Luca D'Angelo",
 * "Giulia Dell'Acqua", "J. Smith", "ANNA ROSSI". Once the first word is capitalised the others must be too,
 * particles excepted; a lower-case name stops at the first grammar word.
 */
final class NameReader {
    private static final int MAX_NAME_WORDS_CAPITALISED = 4;
    private static final int MAX_NAME_WORDS_LOWER = 3;
    private final Analysis a;
    private final Lexicon lx;
    private final CompanyReader companies;

    NameReader(Analysis a, CompanyReader companies) {
        this.a = a;
        this.lx = a.lx;
        this.companies = companies;
    }

    /** A name can start at {@code k}; {@code capital} requires (TRUE) or forbids (FALSE) a capital initial. */
    boolean nameStartsAt(int k, Boolean capital) {
        return a.nameWord(k, capital) || gluedElision(k) || initial(k) && a.nameWord(k + 2, Boolean.TRUE);
    }

    /** "D'" + "Angelo", "dell'" + "Acqua": an elided particle written against a capitalised word. */
    private boolean gluedElision(int k) {
        if (!a.free(k) || !a.tok(k).elided() || !a.free(k + 1) || a.tok(k + 1).spaceBefore() || !a.tok(k + 1).isWord()) {
            return false;
        }
        boolean written = a.tok(k + 1).capitalized() || a.tok(k).capitalized();
        return written || a.match(lx.particlesUpper, k) != null && !a.vocab(k + 1);
    }

    /**
     * In a name written with capitals, a later elided particle continues it only when written with a capital
     * itself ("Giulia Dell'Acqua", "Giulia dell'Acqua"); "Francesca Neri dell'agenzia Casa Bella" is a company.
     */
    private boolean nameGoesOn(int k, boolean cap, int main) {
        return main == 0 || !cap || a.tok(k).capitalized() || a.tok(k + 1).capitalized();
    }

    /** The name starting at {@code j} as a person whose span starts at {@code start}, or null. */
    PersonDraft name(int start, int j, Boolean capital) {
        if (!nameStartsAt(j, capital)) {
            return null;
        }
        boolean cap = a.tok(j).capitalized() || gluedElision(j) && a.tok(j + 1).capitalized();
        boolean shouted = a.tok(j).allCaps() && !a.tok(j).elided(); // "TOM BAKER": capitals tell nothing either
        List<Token> words = new ArrayList<>();
        int max = cap ? MAX_NAME_WORDS_CAPITALISED : MAX_NAME_WORDS_LOWER;
        int main = 0;
        int k = j;
        String company = null;
        while (k < a.headEnd && main < max) {
            if (gluedElision(k) && nameGoesOn(k, cap, main)) {
                words.add(a.tok(k));
                words.add(a.tok(k + 1));
                k += 2;
                main++;
                continue;
            }
            if (initial(k) && (main > 0 || a.nameWord(k + 2, Boolean.TRUE))) {
                words.add(a.tok(k));
                words.add(a.tok(k + 1)); // "J. Smith", "Anna R."
                k += 2;
                main++;
                continue;
            }
            int afterParticles = k;
            while (main > 0 && particle(afterParticles) && afterParticles - k < 3) {
                afterParticles++; // "van der Berg", "De La Cruz"
            }
            if (afterParticles > k && (a.nameWord(afterParticles, cap)
                    || gluedElision(afterParticles) && nameGoesOn(afterParticles, cap, main))) {
                while (k < afterParticles) {
                    words.add(a.tok(k++));
                }
                continue;
            }
            if (main >= 2 && a.isLegalSuffix(k)) {
                CompanyReader.Company c = companies.company(k - 1);
                words.remove(words.size() - 1); // "Anna Rossi Acme Srl": the word before the suffix is the company's
                company = c == null ? null : c.name();
                k = c == null ? k : c.end();
                break;
            }
            boolean nameWord = a.nameWord(k, main == 0 ? null : cap) || main == 1 && caselessSurname(k, cap, shouted);
            if (main > 0 && roleAhead(k, main) || !nameWord || main > 0 && !a.tok(k).spaceBefore()) {
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

    /**
     * A capitalised role word after a name ends it only when a company follows it and it cannot be the surname.
     * Right after the first name a one-word role is the surname ("Tom Baker from Initech", "Sara Cuoco alla
     * fiera", "Karen Carpenter at the expo"): a role has to be marked as one, by a comma ("Tom, baker at Forno
     * Rossi"), an article ("Tom the baker"), a bracket ("Tom (baker)"), capitals ("Tom CEO of Acme") or lower case
     * after a capitalised name ("Tom baker at the expo": the writer capitalises names, so "baker" is not one).
     * After a full name a role with its company ends the name ("Anna Rossi Designer at Acme"), and so does a
     * role of several words anywhere ("Anna Sales Manager at Acme").
     */
    private boolean roleAhead(int k, int main) {
        Phrases.Match role = a.match(lx.roles, k);
        if (role == null || main == 1 && role.length() == 1) {
            return false;
        }
        Phrases.Match prep = a.match(lx.roleCompanyPreps, k + role.length());
        return prep != null && companies.company(k + role.length() + prep.length()) != null;
    }

    /**
     * A name written all in lower case (or all in capitals) gives no capital to tell a surname from a job, so
     * the word right after the first name is the surname when it is a one-word role and nothing else of the
     * grammar ("met tom baker at the expo", "MET TOM BAKER" = Tom Baker), unless a company preposition and a
     * company follow it: "met john ceo of acme", "ho conosciuto marco commercialista di acme" read the role,
     * as "met John CEO of Acme" does. A role is still marked the usual ways ("met tom, baker at forno rossi").
     */
    private boolean caselessSurname(int k, boolean cap, boolean shouted) {
        if (cap && !shouted || !a.free(k) || !a.tok(k).isWord() || a.tok(k).elided() || !a.roleOnly(k)
                || (shouted ? !a.tok(k).allCaps() : a.tok(k).capitalized())) {
            return false;
        }
        Phrases.Match role = a.match(lx.roles, k);
        if (role == null || role.length() != 1) {
            return false;
        }
        Phrases.Match prep = a.match(lx.companyPreps, k + 1);
        return prep == null || companies.company(k + 1 + prep.length()) == null;
    }

    /** A single capital letter with its full stop: an initial. */
    private boolean initial(int k) {
        return a.free(k) && a.free(k + 1) && a.tok(k).isWord() && a.tok(k).text().length() == 1 && a.tok(k).capitalized()
                && a.tok(k + 1).isPunct('.') && !a.tok(k + 1).spaceBefore();
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
