package com.followupbot.capture.parsing;

/**
 * Reads a company name as written, from the token after its preposition: "Acme", "Beta S.p.A.",
 * "Gatti & Figli Srl", "Camera di Commercio", "Pizzeria Da Mario", "negozio di fiori", "acme" (in an
 * all-lower-case message). Capitalised names continue while words are capitalised; a legal suffix ends them.
 */
final class CompanyReader {
    record Company(String name, int end) {
    }

    private static final int MAX_COMPANY_WORDS = 6;
    private final Analysis a;
    private final Lexicon lx;

    CompanyReader(Analysis a) {
        this.a = a;
        this.lx = a.lx;
    }

    /** A company name as written, legal suffix included ("Beta S.p.A."); null when none starts here. */
    Company company(int i) {
        int j = i;
        Phrases.Match art = a.match(lx.articles, j);
        if (art != null && capitalisedSoon(j + art.length())) {
            j += art.length(); // "presso lo studio legale Rossi & Associati", "of the Acme Group"
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
            if (a.tok(j).isPunct('.') && !a.tok(j).spaceBefore() && a.tok(last).text().length() == 1 && a.free(j + 1)) {
                last = j++; // "Bianchi & C. sas"
                continue;
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

    /** A capitalised word at {@code k} or after at most two plain lower-case words. */
    private boolean capitalisedSoon(int k) {
        for (int n = 0; n < 3 && a.free(k + n); n++) {
            if (a.tok(k + n).capitalized()) {
                return true;
            }
            if (!plainWord(k + n)) {
                return false;
            }
        }
        return false;
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
            return upper && !lx.conjunctions.matches(a.words, j) && a.match(lx.eventStops, j) == null && !a.isAcronymRole(j);
        }
        return w.isWord() && words < 3 && !a.vocab(j);
    }
}
