package com.followupbot.capture.parsing;

/**
 * Reads a role and the company that may follow it: "CTO", "the CEO of Acme", "sales manager at Delta Inc.",
 * "commercialista di Acme", "founder and CEO", "Acme's CTO", and (after a capitalised name) a plain
 * lower-case word set off by commas or brackets that the grammar does not list ("regista", "pilota").
 */
final class RoleReader {
    record Role(String role, String company, int end) {
    }

    private final Analysis a;
    private final Lexicon lx;
    private final CompanyReader companies;

    RoleReader(Analysis a, CompanyReader companies) {
        this.a = a;
        this.lx = a.lx;
        this.companies = companies;
    }

    /** [article] [modifiers] ROLE [and ROLE] [at|of|di COMPANY]; null when no role word is there. */
    Role role(int i, boolean allowArticle) {
        int j = i;
        Phrases.Match art = allowArticle ? a.match(lx.articles, j) : null;
        j += art == null ? 0 : art.length();
        Phrases.Match adjective = a.match(lx.roleAdjectives, j);
        j += adjective == null ? 0 : adjective.length(); // "the new CFO": read, but not part of the role
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
        CompanyReader.Company company = prep == null ? null : companies.company(end + prep.length());
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
        CompanyReader.Company c = companies.company(i);
        if (c == null || c.end() >= a.headEnd || !a.tok(c.end()).is(Tokenizer.POSSESSIVE)) {
            return null;
        }
        Role r = role(c.end() + 1, false);
        return r == null ? null : new Role(r.role(), c.name(), r.end());
    }

    /**
     * "Federico Fellini, regista, a Rimini", "Giorgio Armani (stilista)": one or two plain lower-case words
     * set off after a capitalised name are a role even when the grammar does not list it. Returns the end
     * of the role or -1. Not used in all-lower-case messages, where "anna, marco, luca" are names.
     */
    int plainRoleEnd(int k, PersonDraft p) {
        if (!p.nameWords.get(p.nameWords.size() - 1).capitalized()) {
            return -1;
        }
        int e = k;
        while (e < k + 2 && a.free(e) && a.tok(e).isWord() && !a.tok(e).capitalized() && !a.tok(e).elided()
                && !a.vocab(e)) {
            e++;
        }
        if (e == k) {
            return -1;
        }
        boolean boundary = e >= a.headEnd || !a.free(e) || a.isPunct(e, ',') || a.isPunct(e, ')') || a.tok(e).isDetail()
                || a.match(lx.eventStrong, e) != null || a.match(lx.eventWeak, e) != null || a.match(lx.roleCompanyPreps, e) != null;
        return boundary ? e : -1;
    }

    /** "captain at Starfleet": after a role, these prepositions introduce the company. */
    int companyAfterRole(int i, PersonDraft p) {
        Phrases.Match prep = p.company == null ? a.match(lx.roleCompanyPreps, i) : null;
        CompanyReader.Company c = prep == null ? null : companies.company(i + prep.length());
        if (c == null) {
            return i;
        }
        p.company = c.name();
        return c.end();
    }
}
