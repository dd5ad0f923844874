package com.followupbot.capture.parsing;

import com.followupbot.capture.PersonMention;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Reads one message with one language's grammar: capture verb, then dates, then the head/note split,
 * then people (with company and role), event, contact details and note. Each step marks the tokens it
 * explains, so the next one cannot read them again.
 */
final class CaptureReader {
    enum Kind { CAPTURE, PLAN, NONE }

    record Outcome(Kind kind, List<PersonMention> people, String event, LocalDate date, LocalTime time, String note) {
        static final Outcome NONE = new Outcome(Kind.NONE, List.of(), null, null, null, null);
        static final Outcome PLAN = new Outcome(Kind.PLAN, List.of(), null, null, null, null);
    }

    private static final int MAX_OPEN_VERB_GAP = 4;

    private CaptureReader() {
    }

    /**
     * @param allowVerbless read "Anna Rossi, Acme, anna@acme.com" (a capitalised name first, then contact
     *     details) as a capture even without a verb; only for the user's own language
     */
    static Outcome read(Lexicon lx, String text, List<Token> tokens, LocalDate today, boolean allowVerbless) {
        Words words = new Words(lx, tokens);
        Analysis a = new Analysis(lx, words, text);
        int[] verb = findVerb(a);
        if (verb == null && !(allowVerbless && tokens.stream().anyMatch(Token::isDetail) && a.nameWord(0, Boolean.TRUE))) {
            return Outcome.NONE;
        }
        if (verb != null && futureBefore(a, verb[0])) {
            return Outcome.PLAN;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Token.Kind.SYMBOL || tokens.get(i).isPunct('"')) {
                a.used[i] = true; // emoji, emoticons and quotes carry no grammar: step over them
            }
        }
        int from = verb == null ? 0 : verb[1];
        if (verb != null) {
            a.use(verb[0], verb[1]);
        }
        List<DateGrammar.Span> spans = new DateGrammar(lx, words, today).scan(a.used);
        NoteFinder finder = new NoteFinder(lx, words, a.used, spans);
        NoteFinder.Split split = finder.find(from);
        if (split.plan()) {
            return Outcome.PLAN; // "caffè con Marco domani"
        }
        a.headEnd = split.headEnd();
        When when = When.of(a, spans);
        if (verb != null && verb[2] == 1 && !when.clearlyPast()) {
            return Outcome.NONE; // "meeting Anna" or "meeting Anna on Friday" may be a plan
        }
        EventReader events = new EventReader(a);
        String event = events.readBeforeName(a.skipUsed(from));
        List<PersonDraft> people = new PeopleReader(a).read(from);
        if (people.isEmpty() && verb != null && verb[0] > 0) {
            people = new PeopleReader(a).read(0); // "Marco Rossi, conosciuto ieri alla fiera"
        }
        if (people.isEmpty() && split.noteStart() > 0 && tokens.get(split.headEnd()).isPunct(':')) {
            // "met two people at the BNI meeting: Tom Hardy (plumber) and Emily Blunt (florist)"
            int listStart = split.noteStart();
            split = finder.find(listStart);
            a.headEnd = split.headEnd();
            when = When.of(a, spans);
            people = new PeopleReader(a).read(listStart);
        }
        if (people.isEmpty()) {
            return Outcome.NONE;
        }
        if (event == null) {
            event = events.read();
        }
        String note = split.noteStart() >= 0 ? NoteText.extract(lx, words, text, split.noteStart()) : leftoverNote(a);
        List<PersonMention> mentions = List.of(DetailsAssigner.assign(lx, tokens, people));
        LocalDate date = when.date() == null ? today : when.date();
        return new Outcome(Kind.CAPTURE, mentions, event, date, when.time(), note);
    }

    /**
     * {start, end, 1 if the verb needs a past date ("meeting with") else 0}. The first real capture verb
     * wins; a verb that needs a date is used only when there is none ("after the meeting I met Anna").
     */
    private static int[] findVerb(Analysis a) {
        for (int i = 0; i < a.t.size(); i++) {
            int open = openVerbEnd(a, i);
            if (open > 0) {
                return new int[] {i, open, 0};
            }
            Phrases.Match strong = a.lx.captureVerbs.match(a.words, i);
            if (strong != null) {
                return new int[] {i, i + strong.length(), 0};
            }
        }
        for (int i = 0; i < a.t.size(); i++) {
            Phrases.Match dated = a.lx.datedVerbs.match(a.words, i);
            if (dated != null) {
                return new int[] {i, i + dated.length(), 1};
            }
        }
        return null;
    }

    /** "had a great coffee with", "ho fatto una bella chiacchierata con": the end of an open verb phrase or -1. */
    private static int openVerbEnd(Analysis a, int i) {
        Phrases.Match start = a.lx.openVerbStarts.match(a.words, i);
        if (start == null) {
            return -1;
        }
        for (int k = i + start.length(); k < a.t.size() && k <= i + start.length() + MAX_OPEN_VERB_GAP; k++) {
            Phrases.Match end = a.lx.openVerbEnds.match(a.words, k);
            if (end != null) {
                return k + end.length();
            }
            if (!a.tok(k).isWord() || a.tok(k).capitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /** "Tomorrow I'm meeting Anna", "domani incontro Marco": a plan, whatever follows. */
    private static boolean futureBefore(Analysis a, int verbStart) {
        for (int i = 0; i < verbStart; i++) {
            if (a.lx.futureCues.match(a.words, i, verbStart + 1) != null || a.lx.futureVerbs.match(a.words, i, verbStart + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /** Free words left at the end of the head ("met Anna at the expo, great chat") are the note. */
    private static String leftoverNote(Analysis a) {
        int lastUsed = -1;
        for (int i = 0; i < a.headEnd; i++) {
            lastUsed = a.used[i] ? i : lastUsed;
        }
        int i = lastUsed + 1;
        while (i < a.headEnd && a.tok(i).kind() == Token.Kind.PUNCT) {
            i++;
        }
        if (i >= a.headEnd || !a.tok(i).isWord() || a.function(i) || a.lx.isDetailLabel(a.words.ids[i])) {
            return null;
        }
        return NoteText.extract(a.lx, a.words, a.text, i);
    }
}
