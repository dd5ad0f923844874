package com.followupbot.capture.parsing;

import com.followupbot.user.Language;
import java.util.ArrayList;
import java.util.List;

/** The languages to read a message in: the user's first (or the detected one), then the others, for mixed users. */
final class LanguageOrder {
    private LanguageOrder() {
    }

    static List<Language> of(Language hint, String text) {
        Language first = hint != null ? hint : MeetingParser.detectLanguage(text, Language.EN);
        List<Language> order = new ArrayList<>(List.of(first));
        for (Language other : Language.values()) {
            if (other != first) {
                order.add(other);
            }
        }
        return order;
    }

    /** The token positions a pattern may start at: the first, and after each lead word ("ok so I referred…"). */
    static List<Integer> starts(KeyPhrases leads, List<Token> tokens) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        int i = 0;
        for (int n = leads.match(tokens, i); n > 0 && i + n < tokens.size(); n = leads.match(tokens, i)) {
            i += n;
            while (i < tokens.size() && tokens.get(i).isPunct(',')) {
                i++;
            }
            starts.add(i);
        }
        return starts;
    }
}
