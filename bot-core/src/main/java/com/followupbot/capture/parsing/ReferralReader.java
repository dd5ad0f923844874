package com.followupbot.capture.parsing;

import com.followupbot.capture.PersonMention;
import com.followupbot.capture.ReferralMention;
import com.followupbot.capture.TextNormalizer;
import com.followupbot.capture.Understanding;
import com.followupbot.referral.Temperature;
import com.followupbot.user.Language;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a referral given or received, in English or Italian: "gave Marco a referral: Anna Rossi from Acme
 * needs a website", "Marco mi ha dato il contatto di Luca Bianchi, vuole il fotovoltaico". The patterns are
 * data ({@code /referrals/*.properties}); the prospect is read by the capture grammar's people readers, so
 * it carries company, role, e-mail, phone and LinkedIn as a meeting's people do. Thread-safe.
 */
public final class ReferralReader {

    private static final class Holder {
        static final ReferralReader STANDARD = new ReferralReader();
    }

    private final Map<Language, ReferralGrammar> grammars = new EnumMap<>(Language.class);

    private ReferralReader() {
        for (Language language : Language.values()) {
            grammars.put(language, ReferralGrammar.load(language));
        }
    }

    public static ReferralReader standard() {
        return Holder.STANDARD;
    }

    /** The referral {@code text} states; its language is {@code hint} when given, else the grammar's that read it. */
    public Optional<Understanding.Referral> read(String text, Language hint) {
        if (text == null || text.isBlank() || text.getBytes(StandardCharsets.UTF_8).length > MeetingParser.MAX_UTF8_BYTES) {
            return Optional.empty();
        }
        String normalized = TextNormalizer.normalize(text);
        List<Token> tokens = Tokenizer.tokenize(normalized);
        for (Language language : LanguageOrder.of(hint, text)) {
            Optional<ReferralMention> found = read(grammars.get(language), normalized, tokens);
            if (found.isPresent()) {
                return Optional.of(new Understanding.Referral(found.get(), hint != null ? hint : language));
            }
        }
        return Optional.empty();
    }

    private static Optional<ReferralMention> read(ReferralGrammar g, String text, List<Token> all) {
        TemperatureWords.Stripped stripped = g.temperatures().strip(all);
        List<Token> tokens = stripped.tokens();
        Lexicon lx = Lexicon.of(g.language());
        Words words = new Words(lx, tokens);
        SlotMatcher.Filled best = null;
        for (int start : LanguageOrder.starts(g.leads(), tokens)) {
            for (SlotPattern pattern : g.patterns()) {
                SlotMatcher.Filled f = SlotMatcher.match(new Analysis(lx, words, text), pattern, start, true);
                if (f != null && (best == null || pattern.wordCount() > best.pattern.wordCount())) {
                    best = f;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(mention(g, best, stripped.temperature()));
    }

    private static ReferralMention mention(ReferralGrammar g, SlotMatcher.Filled f, Temperature temperature) {
        Analysis a = f.a;
        List<PersonDraft> prospects = f.prospects;
        int needFrom = f.end;
        if (!f.pattern.has(SlotPattern.Slot.PROSPECT)) {
            // "gave Marco a referral: Anna Rossi…", "…a referral for Anna", "…a referral for her website"
            int k = f.end + g.prospectLeads().match(a.t, f.end);
            List<PersonDraft> found = k < a.t.size() ? new PeopleReader(a).read(k) : List.of();
            boolean person = !found.isEmpty() && found.get(0).start == k;
            prospects = person ? found : List.of();
            needFrom = person ? SlotMatcher.afterPeople(a, found.get(found.size() - 1).end) : k;
        }
        String need = f.restFrom >= 0 ? NeedText.of(g.needLeads(), a, f.restFrom, f.restTo) : null;
        if (need == null && needFrom < a.t.size()) {
            need = NeedText.of(g.needLeads(), a, needFrom, a.t.size());
        }
        PersonMention prospect = prospects.isEmpty() ? null : DetailsAssigner.assign(a.lx, a.t, prospects)[0];
        String partner = NameCase.format(a.lx, f.partner.nameWords);
        return f.pattern.has(SlotPattern.Slot.RECEIVER)
                ? new ReferralMention(null, partner, prospect, need, temperature)
                : new ReferralMention(partner, null, prospect, need, temperature);
    }
}
