package com.followupbot.capture.parsing;

import com.followupbot.capture.PersonMention;
import java.util.List;

/**
 * Gives each e-mail, phone and LinkedIn link in the message to the right person: the nearest person
 * named before it, unless that person already has one of that kind (then the next one without), and
 * an e-mail or link that spells a first name ("marco.neri@...") goes to that person.
 */
final class DetailsAssigner {
    private DetailsAssigner() {
    }

    static PersonMention[] assign(Lexicon lx, List<Token> tokens, List<PersonDraft> people) {
        PersonMention[] out = new PersonMention[people.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = people.get(p).toMention(lx);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (!tok.isDetail()) {
                continue;
            }
            int owner = owner(tok, i, people, out);
            if (owner >= 0) {
                out[owner] = with(out[owner], tok);
            }
        }
        return out;
    }

    private static int owner(Token tok, int index, List<PersonDraft> people, PersonMention[] current) {
        if (tok.kind() != Token.Kind.PHONE) {
            int byName = -1;
            for (int p = 0; p < people.size(); p++) {
                if (tok.text().contains(people.get(p).firstNameKey()) && !has(current[p], tok)) {
                    byName = byName == -1 ? p : -2;
                }
            }
            if (byName >= 0) {
                return byName;
            }
        }
        int nearest = 0;
        for (int p = 0; p < people.size(); p++) {
            if (people.get(p).start <= index) {
                nearest = p;
            }
        }
        for (int p = nearest; p < people.size(); p++) {
            if (!has(current[p], tok)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean has(PersonMention m, Token tok) {
        return switch (tok.kind()) {
            case EMAIL -> m.email() != null;
            case PHONE -> m.phone() != null;
            default -> m.linkedin() != null;
        };
    }

    private static PersonMention with(PersonMention m, Token tok) {
        return switch (tok.kind()) {
            case EMAIL -> m.withEmail(tok.text());
            case PHONE -> m.withPhone(tok.text());
            default -> m.withLinkedin(tok.text());
        };
    }
}
