package com.followupbot.capture.parsing;

import com.followupbot.user.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The grammar data of one language, loaded from {@code /grammar/<code>.properties}. Code never names
 * a word of any language; everything language-specific lives in that file, so a third language is a
 * new file. Immutable after loading.
 */
final class Lexicon {
    final Language language;
    final Phrases cues, captureVerbs, datedVerbs, openVerbStarts, openVerbEnds, futureCues, futureVerbs;
    final Phrases honorifics, particlesLower, particlesUpper, nameIntro, nameStop;
    final Phrases roles, roleModifiers, roleAdjectives, roleCompanyPreps, companyPreps, workVerbs, legalSuffixes;
    final Phrases eventStrong, eventWeak, articles, eventStops, connectors, conjunctions;
    final Phrases noteLabels, noteCues, notePronouns, noteAfterComma, noteRelatives, detailLabels;
    final Phrases relativeDays, units, ago, numbers, lastBefore, lastAfter, dateThis, dateLead, dateOf, dayLead, dayLeadBare;
    final Phrases weekdays, months, dayParts, timePreps, timeWords, timeAm, timePm;
    /** Only for the plan rules of {@link DateGrammar} (as {@link WhenGrammar} reads): days ahead, "next", "until", lengths. */
    final Phrases aheadDays, nextBefore, nextAfter, until, untilBare, lengthLead, lengths, timeUnits;
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<String> wordsById = new ArrayList<>();
    /** Words that are never a name, whatever their case (articles, prepositions, pronouns...). */
    private final boolean[] functionWords;
    /**
     * Every grammar word: never a name when written in lower case. Month and weekday names are left out:
     * in a date they are already read, anywhere else "jan" or "dom" is more likely a name.
     */
    private final boolean[] vocabulary;
    /** Words of the roles that are in no other list of the grammar ("baker", "ceo"; not "lead", "capo"). */
    private final boolean[] roleOnlyWords;
    /** Words of the contact-detail labels ("email", "tel", "cell"), dropped from notes with the detail. */
    private final boolean[] detailLabelWords;

    private Lexicon(Language language, Properties p) {
        this.language = language;
        cues = list(p, "language.cues");
        captureVerbs = list(p, "capture.verbs");
        datedVerbs = list(p, "capture.verbs.dated");
        openVerbStarts = list(p, "capture.verbs.open.start");
        openVerbEnds = list(p, "capture.verbs.open.end");
        futureCues = list(p, "future.cues");
        futureVerbs = list(p, "future.verbs");
        honorifics = list(p, "honorifics");
        particlesLower = list(p, "name.particles.lower");
        particlesUpper = list(p, "name.particles.upper");
        nameIntro = list(p, "name.intro");
        nameStop = list(p, "name.stopwords");
        roles = list(p, "roles");
        roleModifiers = list(p, "role.modifiers");
        roleAdjectives = list(p, "role.adjectives");
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
        dayLead = list(p, "date.day.lead");
        dayLeadBare = list(p, "date.day.lead.bare");
        weekdays = valued(p, "date.weekday.");
        months = valued(p, "date.month.");
        dayParts = valued(p, "date.part.");
        timePreps = list(p, "time.preps");
        timeWords = valued(p, "time.words.");
        timeAm = list(p, "time.am");
        timePm = list(p, "time.pm");
        aheadDays = valued(p, "date.ahead.");
        nextBefore = list(p, "date.next.before");
        nextAfter = list(p, "date.next.after");
        until = list(p, "date.until");
        untilBare = list(p, "date.until.bare");
        lengthLead = list(p, "date.length.lead");
        lengths = valued(p, "date.length.");
        timeUnits = valued(p, "time.unit.");

        int n = wordsById.size();
        functionWords = new boolean[n];
        for (Phrases set : List.of(articles, companyPreps, eventStrong, eventWeak, roleCompanyPreps, timePreps,
                conjunctions, notePronouns, noteRelatives, nameStop, nameIntro, relativeDays, eventStops)) {
            set.markWords(functionWords, true);
        }
        for (int id = 0; id < n; id++) {
            functionWords[id] &= Character.isLetter(wordsById.get(id).charAt(0));
        }
        vocabulary = functionWords.clone();
        for (Phrases set : List.of(captureVerbs, datedVerbs, futureCues, futureVerbs, honorifics, roleModifiers, roleAdjectives, workVerbs,
                legalSuffixes, noteLabels, noteCues, noteAfterComma, detailLabels, units, numbers, lastBefore,
                lastAfter, dayParts, timeWords, timeAm, timePm, dateLead, dateThis)) {
            set.markWords(vocabulary, false);
        }
        roleOnlyWords = new boolean[n];
        roles.markWords(roleOnlyWords, false);
        for (int id = 0; id < n; id++) {
            roleOnlyWords[id] &= !vocabulary[id];
            vocabulary[id] |= roleOnlyWords[id];
        }
        detailLabelWords = new boolean[n];
        detailLabels.markWords(detailLabelWords, false);
    }

    private static final class Loaded {
        static final Map<Language, Lexicon> ALL = loadAll();

        private static Map<Language, Lexicon> loadAll() {
            Map<Language, Lexicon> all = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                all.put(language, load(language));
            }
            return all;
        }
    }

    /** The bundled grammar of {@code language}, loaded once per JVM and shared (it is immutable). */
    static Lexicon of(Language language) {
        return Loaded.ALL.get(language);
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

    int idOf(String key) {
        Integer id = wordIds.get(key);
        return id == null ? -1 : id;
    }

    boolean isFunction(int id) {
        return id >= 0 && functionWords[id];
    }

    boolean isVocabulary(int id) {
        return id >= 0 && vocabulary[id];
    }

    boolean isRoleOnly(int id) {
        return id >= 0 && roleOnlyWords[id];
    }

    boolean isDetailLabel(int id) {
        return id >= 0 && detailLabelWords[id];
    }

    private int idFor(String key) {
        return wordIds.computeIfAbsent(key, k -> {
            wordsById.add(k);
            return wordsById.size() - 1;
        });
    }

    private Phrases list(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return Phrases.of(Map.of(), this::idFor);
        }
        Map<String, Integer> phrases = new HashMap<>();
        for (String phrase : value.split("\\|")) {
            if (!phrase.isBlank()) {
                phrases.put(phrase.strip(), 1);
            }
        }
        return Phrases.of(phrases, this::idFor);
    }

    /**
     * Keys such as "date.month.3 = march|mar": every phrase maps to the number after the prefix. Keys of the
     * same prefix that do not end in a number ("date.length.lead") are separate lists.
     */
    private Phrases valued(Properties p, String prefix) {
        Map<String, Integer> phrases = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            String suffix = name.substring(Math.min(prefix.length(), name.length()));
            if (name.startsWith(prefix) && !suffix.isEmpty() && suffix.chars().allMatch(Character::isDigit)) {
                int value = Integer.parseInt(suffix);
                for (String phrase : p.getProperty(name).split("\\|")) {
                    if (!phrase.isBlank()) {
                        phrases.put(phrase.strip(), value);
                    }
                }
            }
        }
        return Phrases.of(phrases, this::idFor);
    }
}
