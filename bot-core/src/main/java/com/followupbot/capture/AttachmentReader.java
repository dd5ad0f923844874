package com.followupbot.capture;

/**
 * After a name: the company and role that belong to that person, in any of the ways people write
 * them ("(CTO, Acme)", ", CTO at Acme,", "CTO of Acme", "from Acme", "di Acme Srl", "who works at Acme",
 * "at Acme Srl"). Contact details in between are stepped over; they are assigned later by position.
 */
final class AttachmentReader {
    private static final int MAX_PAREN_TOKENS = 40;
    private final Analysis a;
    private final Lexicon lx;
    private final CompanyRoleReader roles;

    AttachmentReader(Analysis a, CompanyRoleReader roles) {
        this.a = a;
        this.lx = a.lx;
        this.roles = roles;
    }

    /** Reads attachments from token {@code i}; returns where the person's span ends. */
    int attach(int i, PersonDraft p) {
        while (true) {
            int j = skipDetails(i);
            if (a.isPunct(j, '(')) {
                int close = paren(j, p);
                if (close < 0) {
                    return i;
                }
                i = close;
                continue;
            }
            if (a.isPunct(j, ',')) {
                int end = afterComma(j + 1, p);
                if (end < 0) {
                    return j > i ? j : i;
                }
                i = end;
                continue;
            }
            int end = direct(j, p);
            if (end < 0) {
                return j;
            }
            i = end;
        }
    }

    private int afterComma(int k, PersonDraft p) {
        CompanyRoleReader.Role r = p.role == null ? roles.role(k, true) : null;
        if (r != null) {
            apply(p, r.role(), r.company());
            return r.end() + (a.isPunct(r.end(), ',') && !startsPerson(r.end() + 1) ? 1 : 0);
        }
        Phrases.Match work = a.match(lx.workVerbs, k);
        if (work != null && p.company == null) {
            CompanyRoleReader.Company c = roles.company(k + work.length());
            if (c != null) {
                p.company = c.name();
                return c.end();
            }
        }
        CompanyRoleReader.Company c = p.company == null ? roles.company(k) : null;
        if (c != null && endsWithSuffix(c)) {
            p.company = c.name();
            return c.end();
        }
        int plain = p.role == null ? plainRoleEnd(k, p) : -1;
        if (plain > 0) {
            p.role = a.span(k, plain);
            return companyAfterRole(plain, p);
        }
        return -1;
    }

    /** "captain at Starfleet": after a role, these prepositions introduce the company. */
    private int companyAfterRole(int i, PersonDraft p) {
        Phrases.Match prep = p.company == null ? a.match(lx.roleCompanyPreps, i) : null;
        CompanyRoleReader.Company c = prep == null ? null : roles.company(i + prep.length());
        if (c == null) {
            return i;
        }
        p.company = c.name();
        return c.end();
    }

    /**
     * "Federico Fellini, regista, a Rimini", "Giorgio Armani (stilista)": one or two plain lower-case words
     * set off after a capitalised name are a role even when the grammar does not list it. Returns the end
     * of the role or -1. Not used in all-lower-case messages, where "anna, marco, luca" are names.
     */
    private int plainRoleEnd(int k, PersonDraft p) {
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
                || a.match(lx.eventStrong, e) != null || a.match(lx.eventWeak, e) != null;
        return boundary ? e : -1;
    }

    private boolean startsPerson(int k) {
        return a.nameWord(k, null);
    }

    /** Attachments written straight after the name, without a comma. Returns -1 when there is none. */
    private int direct(int j, PersonDraft p) {
        CompanyRoleReader.Role r = p.role == null ? roles.role(j, true) : null;
        if (r != null) {
            apply(p, r.role(), r.company());
            return r.end();
        }
        if (p.company != null) {
            return -1;
        }
        Phrases.Match work = a.match(lx.workVerbs, j);
        Phrases.Match prep = work != null ? work : a.match(lx.companyPreps, j);
        if (prep != null) {
            CompanyRoleReader.Company c = roles.company(j + prep.length());
            if (c != null) {
                p.company = c.name();
                return c.end();
            }
            return -1;
        }
        Phrases.Match at = a.match(lx.eventStrong, j);
        if (at != null) {
            CompanyRoleReader.Company c = roles.company(j + at.length());
            if (c != null && endsWithSuffix(c)) {
                p.company = c.name();
                return c.end();
            }
        }
        return -1;
    }

    private boolean endsWithSuffix(CompanyRoleReader.Company c) {
        return a.isLegalSuffix(c.end() - 1) || a.isLegalSuffix(c.end() - 2);
    }

    /** "(CTO, Acme)", "(Acme)", "(CTO at Acme)", "(anna@acme.com)": returns the index after ')', or -1. */
    private int paren(int open, PersonDraft p) {
        int close = -1;
        for (int k = open + 1; k < a.headEnd && k <= open + MAX_PAREN_TOKENS; k++) {
            if (a.isPunct(k, ')')) {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return -1;
        }
        int s = open + 1;
        while (s < close) {
            int e = s;
            while (e < close && !isSeparator(e)) {
                e++;
            }
            readSegment(skipDetails(s), e, p);
            s = e + 1;
        }
        a.use(open, close + 1);
        return close + 1;
    }

    private boolean isSeparator(int k) {
        Token tok = a.tok(k);
        return tok.kind() == Token.Kind.PUNCT && (",;/|".contains(tok.text()) || tok.text().equals("-") && tok.spaceBefore()
                || tok.text().charAt(0) == TextNormalizer.DASH);
    }

    private void readSegment(int s, int e, PersonDraft p) {
        if (s >= e) {
            return;
        }
        int saved = a.headEnd;
        a.headEnd = e; // keep the readers inside the segment
        try {
            CompanyRoleReader.Role r = p.role == null ? roles.role(s, true) : null;
            if (r != null) {
                apply(p, r.role(), r.company());
                return;
            }
            int plain = p.role == null ? plainRoleEnd(s, p) : -1;
            if (plain > 0) {
                p.role = a.span(s, plain);
                companyAfterRole(plain, p);
                return;
            }
            Phrases.Match prep = a.match(lx.companyPreps, s);
            CompanyRoleReader.Company c = p.company == null ? roles.company(prep == null ? s : s + prep.length()) : null;
            if (c != null) {
                p.company = c.name();
            }
        } finally {
            a.headEnd = saved;
        }
    }

    private static void apply(PersonDraft p, String role, String company) {
        p.role = p.role == null ? role : p.role;
        p.company = p.company == null ? company : p.company;
    }

    /** Steps over e-mails, phones, links and their labels ("tel.", "email:"). */
    private int skipDetails(int i) {
        int j = a.skipUsed(i);
        while (j < a.headEnd) {
            Token tok = a.tok(j);
            if (tok.isDetail()) {
                j++;
                continue;
            }
            Phrases.Match label = a.match(lx.detailLabels, j);
            if (label != null && labelLeadsToDetail(j + label.length())) {
                j += label.length();
                continue;
            }
            break;
        }
        return j;
    }

    private boolean labelLeadsToDetail(int k) {
        while (k < a.headEnd && (a.tok(k).kind() == Token.Kind.PUNCT && !a.tok(k).isPunct('(') && !a.tok(k).isPunct(','))) {
            k++;
        }
        return k < a.headEnd && a.tok(k).isDetail();
    }
}
