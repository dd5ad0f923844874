package com.followupbot.capture.parsing;

import com.followupbot.capture.TextNormalizer;

/**
 * A parenthesis after a name: "(CTO, Acme)", "(Acme)", "(CTO at Acme)", "(stilista)", "(anna@acme.com)".
 * Each comma-separated part is a role (with its company) or a company; contact details are skipped here
 * and assigned later by position.
 */
final class ParenthesisReader {
    private static final int MAX_PAREN_TOKENS = 40;
    private final Analysis a;
    private final Lexicon lx;
    private final RoleReader roles;
    private final CompanyReader companies;
    private final AttachmentReader details;

    ParenthesisReader(Analysis a, RoleReader roles, CompanyReader companies, AttachmentReader details) {
        this.a = a;
        this.lx = a.lx;
        this.roles = roles;
        this.companies = companies;
        this.details = details;
    }

    /** Reads the parenthesis opening at {@code open}; returns the index after ')', or -1 when it is not closed. */
    int read(int open, PersonDraft p) {
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
            readSegment(details.skipDetails(s), e, p);
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
            RoleReader.Role r = p.role == null ? roles.role(s, true) : null;
            if (r != null) {
                AttachmentReader.apply(p, r.role(), r.company());
                return;
            }
            int plain = p.role == null ? roles.plainRoleEnd(s, p) : -1;
            if (plain > 0) {
                p.role = a.span(s, plain);
                roles.companyAfterRole(plain, p);
                return;
            }
            Phrases.Match prep = a.match(lx.companyPreps, s);
            CompanyReader.Company c = p.company == null ? companies.company(prep == null ? s : s + prep.length()) : null;
            if (c != null) {
                p.company = c.name();
            }
        } finally {
            a.headEnd = saved;
        }
    }
}
