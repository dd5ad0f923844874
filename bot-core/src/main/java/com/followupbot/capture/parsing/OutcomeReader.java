package com.followupbot.capture.parsing;

import com.followupbot.capture.OutcomeMention;
import com.followupbot.capture.TextNormalizer;
import com.followupbot.capture.Understanding;
import com.followupbot.user.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads how a referral went, in English or Italian: "closed with Luca, 2,500 EUR", "chiuso con Luca per
 * 2.500 €", "Luca not a fit", "contacted Luca", "fissato un incontro con Luca", "Luca still open". The
 * patterns are data ({@code /outcomes/*.properties}), the amount is read by {@link AmountReader}. A status
 * word alone is no outcome ("the shop is closed today"): the patterns start the message and most name
 * someone; the few without a name are whole phrases ("deal closed", "not a fit") or need an amount
 * ("closed 2,500 EUR"). Thread-safe.
 */
public final class OutcomeReader {

    private static final class Holder {
        static final OutcomeReader STANDARD = new OutcomeReader();
    }

    private final Map<Language, OutcomeGrammar> grammars = new EnumMap<>(Language.class);
    private final AmountReader amounts;

    private OutcomeReader() {
        List<Properties> files = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties p = GrammarProperties.load("outcomes", language);
            grammars.put(language, OutcomeGrammar.of(language, p));
            files.add(p);
        }
        amounts = new AmountReader(AmountWords.of(files));
    }

    public static OutcomeReader standard() {
        return Holder.STANDARD;
    }

    /**
     * An amount typed as the answer to "How much was it worth?" ("2,500 EUR", "1.200 €", "2500"): closed
     * business with no prospect named.
     */
    public Optional<OutcomeMention> amountAlone(String text) {
        if (text == null || text.isBlank() || text.getBytes(StandardCharsets.UTF_8).length > MeetingParser.MAX_UTF8_BYTES) {
            return Optional.empty();
        }
        return amounts.atStart(TextNormalizer.normalize(text))
                .map(a -> new OutcomeMention(null, com.followupbot.referral.ReferralStatus.CLOSED, a.value(), a.currency()));
    }

    /** The outcome {@code text} reports; its language is {@code hint} when given, else the grammar's that read it. */
    public Optional<Understanding.Outcome> read(String text, Language hint) {
        if (text == null || text.isBlank() || text.getBytes(StandardCharsets.UTF_8).length > MeetingParser.MAX_UTF8_BYTES) {
            return Optional.empty();
        }
        String normalized = TextNormalizer.normalize(text);
        List<Token> tokens = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(normalized)) {
            if (t.kind() != Token.Kind.SYMBOL && !t.isPunct('"')) {
                tokens.add(t); // emoji and quotes carry no grammar ("closed with Luca 🎉"); "€" is read from the text
            }
        }
        for (Language language : LanguageOrder.of(hint, text)) {
            Optional<OutcomeMention> found = read(grammars.get(language), normalized, tokens);
            if (found.isPresent()) {
                return Optional.of(new Understanding.Outcome(found.get(), hint != null ? hint : language));
            }
        }
        return Optional.empty();
    }

    private Optional<OutcomeMention> read(OutcomeGrammar g, String text, List<Token> tokens) {
        Lexicon lx = Lexicon.of(g.language());
        Words words = new Words(lx, tokens);
        OutcomeMention best = null;
        int bestWords = -1;
        for (int start : LanguageOrder.starts(g.leads(), tokens)) {
            for (OutcomeGrammar.Status s : g.patterns()) {
                SlotMatcher.Filled f = SlotMatcher.match(new Analysis(lx, words, text), s.pattern(), start, false);
                OutcomeMention m = f == null || f.end == 0 ? null : mention(s, f, text);
                if (m != null && s.pattern().wordCount() > bestWords) {
                    best = m;
                    bestWords = s.pattern().wordCount();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The outcome when what follows the pattern fits it, else null. */
    private OutcomeMention mention(OutcomeGrammar.Status s, SlotMatcher.Filled f, String text) {
        String tail = text.substring(f.a.tok(f.end - 1).end());
        boolean needsAmount = s.pattern().has(SlotPattern.Slot.AMOUNT);
        Optional<AmountReader.Amount> amount = needsAmount ? amounts.atStart(tail) : amounts.find(tail);
        if (needsAmount && amount.isEmpty()) {
            return null;
        }
        boolean quiet = f.end == f.a.t.size() || f.a.tok(f.end).kind() == Token.Kind.PUNCT || amounts.atStart(tail).isPresent();
        if (s.pattern().endsWithWord() && !quiet) {
            return null; // "Anna signed up", "Luca still open to ideas"
        }
        String prospect = f.prospects.isEmpty() ? null : NameCase.format(f.a.lx, f.prospects.get(0).nameWords);
        return new OutcomeMention(prospect, s.status(), amount.map(AmountReader.Amount::value).orElse(null),
                amount.map(AmountReader.Amount::currency).orElse(null));
    }
}
