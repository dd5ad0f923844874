package com.followupbot.capture.parsing;

import com.followupbot.capture.parsing.SlotPattern.Hole;
import com.followupbot.capture.parsing.SlotPattern.Slot;
import com.followupbot.capture.parsing.SlotPattern.Word;
import java.util.Arrays;
import java.util.List;

/**
 * Matches a {@link SlotPattern} at a token position. A slot before a word ends where that word first
 * appears after a name (or a person) filling the slot exactly; a slot that ends the pattern is read
 * greedily with the capture machinery ({@link NameReader}, {@link PeopleReader}), so "Anna Rossi (CTO,
 * Acme) anna@acme.com" is the prospect with all its fields and what follows is left for the need.
 */
final class SlotMatcher {
    /** A partner's or an outcome's name: "Jan van der Berg", "Anna R.". */
    private static final int MAX_NAME_TOKENS = 8;
    /** A prospect before the pattern's next word: "Anna Rossi (CTO, Acme Srl), who needs a website,". */
    private static final int MAX_PROSPECT_TOKENS = 30;

    /** The pattern filled: where the match ends and what the slots hold. */
    static final class Filled {
        final SlotPattern pattern;
        final Analysis a;
        int end;
        PersonDraft partner;
        List<PersonDraft> prospects = List.of();
        /** Tokens left in the prospect's slot after the person ("who needs a website"), or -1. */
        int restFrom = -1;
        int restTo = -1;

        Filled(SlotPattern pattern, Analysis a) {
            this.pattern = pattern;
            this.a = a;
        }
    }

    private SlotMatcher() {
    }

    /**
     * @param people read the prospect as a person with company, role and details (a referral), else as a
     *     name only (an outcome)
     * @return the filled pattern, or null when it does not match at {@code start}
     */
    static Filled match(Analysis a, SlotPattern pattern, int start, boolean people) {
        Filled f = new Filled(pattern, a);
        List<SlotPattern.Element> elements = pattern.elements();
        int i = start;
        for (int e = 0; e < elements.size(); e++) {
            if (elements.get(e) instanceof Word word) {
                int n = word.matchAt(a.t, i);
                if (n < 0) {
                    return null;
                }
                i += n;
                continue;
            }
            Slot slot = ((Hole) elements.get(e)).slot();
            if (slot == Slot.AMOUNT) {
                continue; // read from the text after the match by the outcome reader
            }
            i = e + 1 < elements.size()
                    ? window(f, slot, i, (Word) elements.get(e + 1), people)
                    : fill(f, slot, i, a.t.size(), false, people);
            if (i < 0) {
                return null;
            }
        }
        f.end = i;
        return f;
    }

    /** The shortest slot, from {@code from}, that the next word follows and a name or person fills exactly. */
    private static int window(Filled f, Slot slot, int from, Word next, boolean people) {
        int max = slot == Slot.PROSPECT && people ? MAX_PROSPECT_TOKENS : MAX_NAME_TOKENS;
        for (int n = 1; n <= max && from + n < f.a.t.size(); n++) {
            if (next.matchAt(f.a.t, from + n) >= 0 && fill(f, slot, from, from + n, true, people) >= 0) {
                return from + n;
            }
        }
        return -1;
    }

    /**
     * Where what the people reader explained ends: "Anna Rossi, Acme, needs…" reads "Acme" as her company
     * past her own span, so the need starts after it.
     */
    static int afterPeople(Analysis a, int end) {
        int after = end;
        for (int k = end; k < a.headEnd && (a.used[k] || a.tok(k).kind() == Token.Kind.PUNCT); k++) {
            after = a.used[k] ? k + 1 : after;
        }
        return after;
    }

    /** Fills {@code slot} from {@code [from, to)}; returns where what was read ends, or -1. */
    private static int fill(Filled f, Slot slot, int from, int to, boolean exact, boolean people) {
        Analysis a = f.a;
        int head = a.headEnd;
        a.headEnd = to;
        try {
            if (slot == Slot.PROSPECT && people) {
                List<PersonDraft> found = new PeopleReader(a).read(from);
                if (found.isEmpty() || found.get(0).start != from) {
                    Arrays.fill(a.used, from, to, false);
                    return -1;
                }
                f.prospects = found;
                int last = afterPeople(a, found.get(found.size() - 1).end);
                if (exact && last < to) {
                    f.restFrom = last;
                    f.restTo = to;
                }
                return exact ? to : last;
            }
            PersonDraft name = new NameReader(a, new CompanyReader(a)).name(from, from, null);
            if (name == null || exact && name.end != to) {
                return -1;
            }
            if (slot == Slot.PROSPECT) {
                f.prospects = List.of(name);
            } else {
                f.partner = name;
            }
            return name.end;
        } finally {
            a.headEnd = head;
        }
    }
}
