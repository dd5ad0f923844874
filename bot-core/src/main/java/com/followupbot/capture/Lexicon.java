package com.followupbot.capture;

import com.followupbot.user.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The grammar data of one language, loaded from {@code /grammar/<code>.properties}. Code never names
 * a word of any language; everything language-specific lives in that file, so a third language is a
 * new file. Immutable after loading.
 */
final class Lexicon {
    final Language language;
    final Phrases cues, captureVerbs, datedVerbs, futureCues;
    final Phrases honorifics, particlesLower, particlesUpper, nameIntro, nameStop;
    final Phrases roles, roleModifiers, roleCompanyPreps, companyPreps, workVerbs, legalSuffixes;
    final Phrases eventStrong, eventWeak, articles, eventStops, connectors, conjunctions;
    final Phrases noteLabels, noteCues, notePronouns, noteAfterComma, noteRelatives, detailLabels;
    final Phrases relativeDays, units, ago, numbers, lastBefore, lastAfter, dateThis, dateLead, dateOf;
    final Phrases weekdays, months, dayParts, timePreps, timeWords, timeAm, timePm;
    /** Words that are never a name, whatever their case (articles, prepositions, pronouns...). */
    final Set<String> functionWords;
    /** Every grammar word: never a name when written in lower case. */
    final Set<String> vocabulary;
    /** Words of the contact-detail labels ("email", "tel", "cell"), dropped from notes with the detail. */
    final Set<String> detailLabelWords;

    private Lexicon(Language language, Properties p) {
        this.language = language;
        cues = list(p, "language.cues");
        captureVerbs = list(p, "capture.verbs");
        datedVerbs = list(p, "capture.verbs.dated");
        futureCues = list(p, "future.cues");
        honorifics = list(p, "honorifics");
        particlesLower = list(p, "name.particles.lower");
        particlesUpper = list(p, "name.particles.upper");
        nameIntro = list(p, "name.intro");
        nameStop = list(p, "name.stopwords");
        roles = list(p, "roles");
        roleModifiers = list(p, "role.modifiers");
        roleCompanyPreps = list(p, "role.company.preps");
        companyPreps = list(p, "company.preps");
        workVerbs = list(p, "work.verbs");
        legalSuffixes = list(p, "legal.suffixes");
        eventStrong = list(p, "event.preps.strong");
        eventWeak = list(p, "event.preps.weak");
        articles = list(p, "articles");
        eventStops = list(p, "event.stops");
        connectors = list(p, "name.connectors");
        conjunctions = list(p, "conjunctions");
        noteLabels = list(p, "note.labels");
        noteCues = list(p, "note.cues");
        notePronouns = list(p, "note.pronouns");
        noteAfterComma = list(p, "note.after.comma");
        noteRelatives = list(p, "note.relatives");
        detailLabels = list(p, "detail.labels");
        relativeDays = valued(p, "date.relative.");
        units = valued(p, "date.unit.");
        ago = list(p, "date.ago");
        numbers = valued(p, "date.number.");
        lastBefore = list(p, "date.last.before");
        lastAfter = list(p, "date.last.after");
        dateThis = list(p, "date.this");
        dateLead = list(p, "date.lead");
        dateOf = list(p, "date.of");
        weekdays = valued(p, "date.weekday.");
        months = valued(p, "date.month.");
        dayParts = valued(p, "date.part.");
        timePreps = list(p, "time.preps");
        timeWords = valued(p, "time.words.");
        timeAm = list(p, "time.am");
        timePm = list(p, "time.pm");

        Set<String> function = new HashSet<>();
        for (Phrases set : List.of(articles, companyPreps, eventStrong, eventWeak, roleCompanyPreps, timePreps,
                conjunctions, notePronouns, noteRelatives, nameStop, nameIntro, relativeDays, ago, eventStops)) {
            set.addWordsTo(function, true);
        }
        function.removeIf(w -> w.length() > 0 && !Character.isLetter(w.charAt(0)));
        functionWords = Set.copyOf(function);
        Set<String> all = new HashSet<>(function);
        for (Phrases set : List.of(captureVerbs, datedVerbs, futureCues, honorifics, roles, roleModifiers, workVerbs,
                legalSuffixes, noteLabels, noteCues, noteAfterComma, detailLabels, units, numbers, lastBefore,
                lastAfter, weekdays, months, dayParts, timeWords, timeAm, timePm, dateLead, dateThis)) {
            set.addWordsTo(all, false);
        }
        vocabulary = Set.copyOf(all);
        Set<String> labels = new HashSet<>();
        detailLabels.addWordsTo(labels, false);
        detailLabelWords = Set.copyOf(labels);
    }

    static Lexicon load(Language language) {
        String resource = "/grammar/" + language.code() + ".properties";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing grammar resource " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Lexicon(language, p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Phrases list(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return Phrases.EMPTY;
        }
        Map<String, Integer> phrases = new HashMap<>();
        for (String phrase : value.split("\\|")) {
            if (!phrase.isBlank()) {
                phrases.put(phrase.strip(), 1);
            }
        }
        return Phrases.of(phrases);
    }

    /** Keys such as "date.month.3 = march|mar": every phrase maps to the number after the prefix. */
    private static Phrases valued(Properties p, String prefix) {
        Map<String, Integer> phrases = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                int value = Integer.parseInt(name.substring(prefix.length()));
                for (String phrase : p.getProperty(name).split("\\|")) {
                    if (!phrase.isBlank()) {
                        phrases.put(phrase.strip(), value);
                    }
                }
            }
        }
        return Phrases.of(phrases);
    }
}
