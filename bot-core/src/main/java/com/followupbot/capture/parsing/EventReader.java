package com.followupbot.capture.parsing;

/**
 * Finds where the meeting happened: "at the expo" = "expo", "alla colazione BNI" = "colazione BNI",
 * "al networking di Confcommercio", "durante la fiera", "on Zoom", "in Milan". Strong prepositions
 * ("at", "alla", "durante") win over weak ones ("on", "in", "a"), which only name a place when
 * nothing better is there. The article after the preposition is dropped.
 */
final class EventReader {
    private static final int MAX_EVENT_TOKENS = 8;
    private final Analysis a;
    private final Lexicon lx;

    EventReader(Analysis a) {
        this.a = a;
        this.lx = a.lx;
    }

    /** Scans the whole head; marks the event's tokens used. */
    String read() {
        String strong = scan(lx.eventStrong);
        return strong != null ? strong : scan(lx.eventWeak);
    }

    /**
     * An event written between the verb and the name ("ho conosciuto alla fiera Marco Rossi"): it ends
     * before the first capitalised word that follows a lower-case one, which starts the name.
     */
    String readBeforeName(int i) {
        Phrases.Match prep = a.match(lx.eventStrong, i);
        if (prep != null) {
            return phrase(i, i + prep.length(), true, MAX_EVENT_TOKENS);
        }
        prep = a.match(lx.eventWeak, i);
        return prep == null ? null : phrase(i, i + prep.length(), true, 1); // "ho conosciuto a Milano Marco"
    }

    private String scan(Phrases preps) {
        for (int i = 0; i < a.headEnd; i++) {
            Phrases.Match prep = a.match(preps, i);
            if (prep != null) {
                String event = phrase(i, i + prep.length(), false, MAX_EVENT_TOKENS);
                if (event != null) {
                    return event;
                }
            }
        }
        return null;
    }

    private String phrase(int prepAt, int j, boolean beforeName, int maxTokens) {
        Phrases.Match art = a.match(lx.articles, j);
        if (art != null && a.free(j + art.length()) && !a.tok(j + art.length()).isPunct(',')) {
            j += art.length();
        }
        int first = j;
        int last = -1;
        int k = j;
        while (k < a.headEnd && k - first < maxTokens && a.free(k)) {
            Token w = a.tok(k);
            boolean glued = k > first && !w.spaceBefore() && a.tok(k - 1).elided();
            if (k > first && a.match(lx.connectors, k) != null) {
                k++; // "networking di Confcommercio": kept only if a word follows
                continue;
            }
            if (!eventWord(w) || k > first && !glued && a.match(lx.eventStops, k) != null) {
                break;
            }
            boolean afterConnector = last >= 0 && last < k - 1;
            if (beforeName && last >= 0 && w.capitalized() && !allCaps(w) && !afterConnector
                    && (!a.tok(last).capitalized() || allCaps(a.tok(last)))) {
                break;
            }
            if (k == first && a.function(k) && !w.elided()) {
                return null;
            }
            last = k++;
            if (beforeName && afterConnector && w.capitalized()) {
                break; // "alla fiera di Verona Luca Bianchi": the place closes the event, the name follows
            }
        }
        if (last < 0) {
            return null;
        }
        a.use(prepAt, last + 1);
        return a.span(first, last + 1);
    }

    private static boolean eventWord(Token w) {
        return w.kind() == Token.Kind.WORD || w.kind() == Token.Kind.NUMBER || w.kind() == Token.Kind.MIXED
                || w.isPunct('&');
    }

    private static boolean allCaps(Token w) {
        return w.allCaps();
    }
}
