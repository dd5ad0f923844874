package com.followupbot.capture;

import com.followupbot.capture.internal.GrammarFile;
import com.followupbot.user.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parts of a user's ask ("facility managers of hotels in Milan, because they renovate often"): whom
 * they want to meet, for a draft's request, and why; and the words that clear it ("my ask: clear").
 */
public final class AskText {

    private static final Pattern BECAUSE = alternatives("ask.because", "[,;]?\\s+(?:", ")\\s+");
    private static final Pattern CLEAR = alternatives("ask.clear", "^\\s*(?:", ")\\s*[.!]?\\s*$");

    private AskText() {
    }

    /** Whom the user wants to meet: the ask without its why. */
    public static String whom(String ask) {
        Matcher m = BECAUSE.matcher(ask);
        String whom = m.find() && m.start() > 0 ? ask.substring(0, m.start()) : ask;
        return whom.strip().replaceAll("[.!;:,]+$", "");
    }

    /** The why, with its lead word ("because they renovate often"), or empty. */
    public static String why(String ask) {
        Matcher m = BECAUSE.matcher(ask);
        return m.find() && m.start() > 0 ? ask.substring(m.start()).replaceFirst("^[,;]?\\s+", "").strip() : "";
    }

    /** "clear", "none", "cancella": the argument that removes the ask. */
    public static boolean clears(String args) {
        return CLEAR.matcher(args).matches();
    }

    private static Pattern alternatives(String key, String before, String after) {
        String words = Arrays.stream(Language.values())
                .flatMap(l -> Arrays.stream(GrammarFile.load(l).getProperty(key, "").split("\\|")))
                .map(String::strip).filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT))
                .sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        return Pattern.compile(before + words + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

}
