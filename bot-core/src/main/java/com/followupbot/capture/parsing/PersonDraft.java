package com.followupbot.capture.parsing;

import com.followupbot.capture.PersonMention;
import java.util.List;

/** A person being read: the name's tokens plus whatever company and role were attached so far. */
final class PersonDraft {
    final List<Token> nameWords;
    final int start;
    int end;
    String company;
    String role;

    PersonDraft(List<Token> nameWords, int start, int end) {
        this.nameWords = nameWords;
        this.start = start;
        this.end = end;
    }

    PersonMention toMention(Lexicon lx) {
        return new PersonMention(NameCase.format(lx, nameWords), company, role, null, null, null);
    }

    /** Lower-case first name, for matching e-mail addresses ("anna.rossi@...") to their owner. */
    String firstNameKey() {
        for (Token w : nameWords) {
            if (!w.elided() && w.key().length() > 1) {
                return w.key();
            }
        }
        return nameWords.get(0).key();
    }
}
