package com.followupbot.capture.parsing;

/**
 * After a name: the company and role that belong to that person, in any of the ways people write
 * them ("(CTO, Acme)", ", CTO at Acme,", "CTO of Acme", "from Acme", "di Acme Srl", "who works at Acme",
 * "at Acme Srl"). Contact details in between are stepped over; they are assigned later by position.
 */
final class AttachmentReader {
    private final Analysis a;
    private final Lexicon lx;
    private final RoleReader roles;
    private final CompanyReader companies;
    private final ParenthesisReader parentheses;

    AttachmentReader(Analysis a, RoleReader roles, CompanyReader companies) {
        this.a = a;
        this.lx = a.lx;
        this.roles = roles;
        this.companies = companies;
        this.parentheses = new ParenthesisReader(a, roles, companies, this);
    }

    /** Reads attachments from token {@code i}; returns where the person's span ends. */
    int attach(int i, PersonDraft p) {
        while (true) {
            int j = skipDetails(i);
            if (a.isPunct(j, '(')) {
                int close = parentheses.read(j, p);
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
        RoleReader.Role r = p.role == null ? roles.role(k, true) : null;
        if (r == null && p.role == null && p.company == null) {
            r = roles.possessive(k); // "Jan Berg, Acme's CTO, on Zoom"
        }
        if (r != null) {
            apply(p, r.role(), r.company());
            return r.end() + (a.isPunct(r.end(), ',') && !startsPerson(r.end() + 1) ? 1 : 0);
        }
        Phrases.Match work = a.match(lx.workVerbs, k);
        if (work != null && p.company == null) {
            CompanyReader.Company c = companies.company(k + work.length());
            if (c != null) {
                p.company = c.name();
                return c.end();
            }
        }
        CompanyReader.Company c = p.company == null ? companies.company(k) : null;
        if (c != null && endsWithSuffix(c)) {
            p.company = c.name();
            return c.end();
        }
        int plain = p.role == null ? roles.plainRoleEnd(k, p) : -1;
        if (plain > 0) {
            p.role = a.span(k, plain);
            return roles.companyAfterRole(plain, p);
        }
        return -1;
    }

    private boolean startsPerson(int k) {
        return a.nameWord(k, null);
    }

    /** Attachments written straight after the name, without a comma. Returns -1 when there is none. */
    private int direct(int j, PersonDraft p) {
        RoleReader.Role r = p.role == null ? roles.role(j, true) : null;
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
            CompanyReader.Company c = companies.company(j + prep.length());
            if (c != null) {
                p.company = c.name();
                return c.end();
            }
            return -1;
        }
        Phrases.Match at = a.match(lx.eventStrong, j);
        if (at != null) {
            CompanyReader.Company c = companies.company(j + at.length());
            if (c != null && endsWithSuffix(c)) {
                p.company = c.name();
                return c.end();
            }
        }
        return -1;
    }

    private boolean endsWithSuffix(CompanyReader.Company c) {
        return a.isLegalSuffix(c.end() - 1) || a.isLegalSuffix(c.end() - 2);
    }

    static void apply(PersonDraft p, String role, String company) {
        p.role = p.role == null ? role : p.role;
        p.company = p.company == null ? company : p.company;
    }

    /** Steps over e-mails, phones, links and their labels ("tel.", "email:"). */
    int skipDetails(int i) {
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
