package com.followupbot.capture.parsing;

import com.followupbot.capture.TextNormalizer;

import com.followupbot.capture.Lean;
import com.followupbot.capture.WhenPhrase;
import com.followupbot.user.Language;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The meeting parser's date grammar ({@link DateGrammar}, {@link CalendarDates}, {@link TimeGrammar}) opened
 * to {@link com.followupbot.capture.WhenReader}, which is the one to use: this class only turns the grammar's
 * token spans into {@link WhenPhrase}s. Unlike the meeting parser it also reads plans and lengths
 * ("tomorrow", "next Thursday", "in 3 days"), in either lean. A day and a clock time written next to each
 * other ("Tuesday at 10", "alle 15 di domani", "20/3, 9:30") are one phrase. Stateless and thread-safe.
 */
public final class WhenGrammar {
    private WhenGrammar() {
    }

    /** Every expression in {@code text}, left to right; {@code today} is the user's current local date. */
    public static List<WhenPhrase> find(String text, Language language, LocalDate today, Lean lean) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        TextNormalizer.Mapped normalized = TextNormalizer.normalizeMapped(text);
        List<Token> tokens = Tokenizer.tokenize(normalized.text());
        Lexicon lx = Lexicon.of(language);
        Words words = new Words(lx, tokens);
        List<DateGrammar.Span> spans = new DateGrammar(lx, words, today, lean, true).scan(new boolean[tokens.size()]);
        List<WhenPhrase> found = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            DateGrammar.Span s = spans.get(k);
            DateGrammar.Span next = k + 1 < spans.size() ? spans.get(k + 1) : null;
            DateGrammar.Span clock = s.clock() != null ? s : null;
            DateGrammar.Span day = s.clock() == null ? s : null;
            int endToken = s.end();
            if (next != null && adjacent(tokens, s, next) && (clock == null) != (next.clock() == null)) {
                clock = clock != null ? clock : next;
                day = day != null ? day : next;
                endToken = next.end();
                k++;
            }
            LocalTime time = clock == null ? null : When.time(clock.clock(), day == null ? 0 : day.part());
            int start = normalized.rawStart(tokens.get(s.start()).start());
            int end = normalized.rawEnd(tokens.get(endToken - 1).end());
            found.add(day == null ? new WhenPhrase(start, end, null, time, null, null)
                    : new WhenPhrase(start, end, day.date(), time, day.after(), day.afterTime()));
        }
        return List.copyOf(found);
    }

    /** Next to each other, or with one comma between ("Tuesday, 10:00"). */
    private static boolean adjacent(List<Token> tokens, DateGrammar.Span a, DateGrammar.Span b) {
        return b.start() == a.end() || b.start() == a.end() + 1 && tokens.get(a.end()).isPunct(',');
    }
}
