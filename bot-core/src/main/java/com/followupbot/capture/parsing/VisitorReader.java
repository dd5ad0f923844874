package com.followupbot.capture.parsing;

import com.followupbot.capture.ParsedMessage;
import com.followupbot.user.Language;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the user's chapter: "visitor Marco Neri, accountant, came today", "a visitor came: Marco
 * Neri (accountant)", "visitatore Marco Neri, commercialista, è venuto oggi". The lead words
 * ({@code visitor.lead} of the grammar) say it is a visit; without them and the words that say they came
 * ({@code visitor.came}), the rest reads as a meeting, so names, roles, companies and days are read the
 * same way as in "met Marco Neri, accountant, today".
 */
public final class VisitorReader {

    private record Grammar(Language language, Pattern lead, Pattern came, String met) {
    }

    private final List<Grammar> grammars;
    private final MeetingParser meetings;

    VisitorReader(List<Grammar> grammars, MeetingParser meetings) {
        this.grammars = grammars;
        this.meetings = meetings;
    }

    public static VisitorReader standard(MeetingParser meetings) {
        List<Grammar> grammars = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties p = GrammarProperties.load("grammar", language);
            grammars.add(new Grammar(language,
                    Pattern.compile("^\\s*(?:" + alternatives(p.getProperty("visitor.lead", "")) + ")(?![\\p{L}\\p{N}])[\\s:,;.\\-–—]*",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(p.getProperty("visitor.came", "")) + ")(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    p.getProperty("visitor.met", "").strip()));
        }
        return new VisitorReader(grammars, meetings);
    }

    /** The visit as a meeting with its people, when the message says one; the user's language first. */
    public Optional<ParsedMessage> read(String text, Language hint, ZonedDateTime now) {
        List<Grammar> ordered = grammars.stream()
                .sorted(Comparator.comparing(g -> g.language() != hint)).toList();
        for (Grammar g : ordered) {
            var lead = g.lead().matcher(text);
            if (!lead.find()) {
                continue;
            }
            String rest = g.came().matcher(text.substring(lead.end())).replaceAll(" ");
            rest = rest.replaceAll("\\s*,(\\s*,)+", ",").replaceAll("\\s+", " ").strip();
            rest = rest.replaceAll("^[,;:.\\s]+|[,;:\\s]+$", "");
            if (rest.isEmpty()) {
                return Optional.empty();
            }
            ParsedMessage parsed = meetings.parse(g.met() + " " + rest, g.language(), now);
            return parsed.isCapture() ? Optional.of(parsed) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String alternatives(String phrases) {
        return Arrays.stream(phrases.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q"))
                .collect(Collectors.joining("|"));
    }
}
