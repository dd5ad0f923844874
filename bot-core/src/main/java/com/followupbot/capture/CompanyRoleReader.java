package com.followupbot.capture;

/**
 * Reads what follows or precedes a name: "from Acme", "di Acme Srl", "(CTO, Acme)", ", CTO at Acme,",
 * "the CEO of Acme", "commercialista di Acme", "Acme's CTO", "who works at Acme". A bare "at Acme" is
 * left to the event reader unless it is clearly a company (legal suffix) or follows a role.
 */
final class CompanyRoleReader {
    record Role(String role, String company, int end) {
    }

    record Company(String name, int end) {
    }

    private static final int MAX_COMPANY_WORDS = 6;
    private final Analysis a;
    private final Lexicon lx;

    CompanyRoleReader(Analysis a) {
        this.a = a;
        this.lx = a.lx;
    }

    /** [article] [modifiers] ROLE [and ROLE] [at|of|di COMPANY]; null when no role word is there. */
    Role role(int i, boolean allowArticle) {
        int j = i;
        Phrases.Match art = allowArticle ? a.match(lx.articles, j) : null;
        j += art == null ? 0 : art.length();
        int roleStart = j;
        j = afterLooseModifiers(j);
        for (Phrases.Match m = a.match(lx.roleModifiers, j); m != null && a.match(lx.roles, j + m.length()) != null;
                m = a.match(lx.roleModifiers, j)) {
            j += m.length();
        }
        Phrases.Match r = a.match(lx.roles, j);
        if (r == null) {
            return null;
        }
        int end = j + r.length();
        Phrases.Match conj = a.match(lx.conjunctions, end);
        Phrases.Match second = conj == null ? null : a.match(lx.roles, end + conj.length());
        boolean secondIsRole = second != null && (!a.tok(end + conj.length()).capitalized() || a.isAcronymRole(end + conj.length()));
        if (secondIsRole) {
            end += conj.length() + second.length(); // "founder and CEO"
        }
        String role = a.span(roleStart, end);
        Phrases.Match prep = a.match(lx.roleCompanyPreps, end);
        Company company = prep == null ? null : company(end + prep.length());
        return company == null ? new Role(role, null, end) : new Role(role, company.name(), company.end());
    }

    /** "security consultant", "senior tax advisor": up to two plain lower-case words in front of a role. */
    private int afterLooseModifiers(int j) {
        int k = j;
        while (k < j + 2 && a.free(k) && a.tok(k).isWord() && !a.tok(k).capitalized() && !a.vocab(k)) {
            k++;
        }
        while (k > j && a.match(lx.roles, k) == null) {
            k--;
        }
        return k;
    }

    /** "Acme's CTO": a company in the possessive followed by a role. */
    Role possessive(int i) {
        Company c = company(i);
        if (c == null || c.end() >= a.headEnd || !a.tok(c.end()).is("'s")) {
            return null;
        }
        Role r = role(c.end() + 1, false);
        return r == null ? null : new Role(r.role(), c.name(), r.end());
    }

    /** A company name as written, legal suffix included ("Beta S.p.A."); null when none starts here. */
    Company company(int i) {
        int j = i;
        Phrases.Match art = a.match(lx.articles, j);
        if (art != null && a.free(j + art.length()) && a.tok(j + art.length()).capitalized()) {
            j += art.length();
        }
        if (!companyStart(j)) {
            return null;
        }
        int first = j;
        boolean cap = a.tok(j).capitalized() || a.tok(j).kind() != Token.Kind.WORD;
        int last = j++;
        for (int words = 1; j < a.headEnd && words < MAX_COMPANY_WORDS; words++) {
            Phrases.Match suffix = a.match(lx.legalSuffixes, j);
            if (suffix != null) {
                last = j + suffix.length() - 1;
                if (a.free(last + 1) && a.tok(last + 1).isPunct('.') && !a.tok(last + 1).spaceBefore()) {
                    last++;
                }
                break;
            }
            Phrases.Match conn = a.match(lx.connectors, j);
            int next = j + (conn == null ? 0 : conn.length());
            if (conn != null && a.free(next) && a.match(lx.companyPreps, next + 1) == null
                    && (a.tok(next).capitalized() || !cap && plainWord(next) && words < 3)) {
                cap |= a.tok(next).capitalized(); // "Camera di Commercio", "negozio di fiori", "filiale di Banca Intesa"
                last = next;
                j = next + 1;
                continue;
            }
            if (!a.free(j)) {
                break;
            }
            if (!cap && a.tok(j).capitalized() && continues(j, true, words)) {
                cap = true; // "ristorante Gino", "bar Centrale": a common noun before the name
            } else if (!continues(j, cap, words)) {
                break;
            }
            last = j++;
        }
        return new Company(a.span(first, last + 1), last + 1);
    }

    private boolean companyStart(int j) {
        if (!a.free(j)) {
            return false;
        }
        Token w = a.tok(j);
        if (w.kind() == Token.Kind.NUMBER || w.kind() == Token.Kind.MIXED) {
            return w.capitalized() || Character.isDigit(w.text().charAt(0)) && !DateShapes.looksLikeDateOrTime(w.text());
        }
        if (!w.isWord() || w.elided() || a.function(j)) {
            return false;
        }
        return w.capitalized() ? !a.isAcronymRole(j) : !a.vocab(j);
    }

    private boolean plainWord(int j) {
        return a.tok(j).isWord() && !a.tok(j).capitalized() && !a.tok(j).elided() && !a.vocab(j);
    }

    private boolean continues(int j, boolean cap, int words) {
        Token w = a.tok(j);
        if (w.elided() || w.kind() == Token.Kind.PUNCT || w.kind() == Token.Kind.SYMBOL || w.isDetail() || !w.spaceBefore()) {
            return false;
        }
        if (cap) {
            boolean upper = w.capitalized() || w.kind() == Token.Kind.NUMBER;
            return upper && !lx.conjunctions.matches(a.words, j) && !w.is("i") && !a.isAcronymRole(j);
        }
        return w.isWord() && words < 3 && !a.vocab(j);
    }
}
