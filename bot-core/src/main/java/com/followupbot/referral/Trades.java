package com.followupbot.referral;

import com.followupbot.capture.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Give first: which needs a text states ("needs a new website", "cerca un commercialista") and whether a
 * role, company or trade answers one ("web designer", "Studio Commercialista Bianchi"). The words are data
 * ({@code /referral/needs.properties}), matched as whole words, accents and case aside.
 */
public final class Trades {

    private record Need(String id, List<String> needWords, List<String> tradeWords) {
    }

    private static final class Holder {
        static final Trades STANDARD = load();
    }

    private final List<Need> needs;

    private Trades(List<Need> needs) {
        this.needs = List.copyOf(needs);
    }

    public static Trades standard() {
        return Holder.STANDARD;
    }

    /** The needs {@code text} states, in the order of the data. */
    public List<String> needsIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String words = padded(text);
        return needs.stream().filter(n -> n.needWords().stream().anyMatch(w -> words.contains(w))).map(Need::id).toList();
    }

    /** Whether {@code description} (a role, a company, a member's trade) is a trade that answers the need. */
    public boolean answers(String needId, String description) {
        if (description == null || description.isBlank()) {
            return false;
        }
        String words = padded(description);
        return needs.stream().filter(n -> n.id().equals(needId))
                .anyMatch(n -> n.tradeWords().stream().anyMatch(words::contains));
    }

    private static String padded(String text) {
        return " " + TextNormalizer.key(text) + " ";
    }

    private static Trades load() {
        Properties p = new Properties();
        try (InputStream in = Trades.class.getResourceAsStream("/referral/needs.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Need> byId = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("need.")).sorted().forEach(key -> {
            String id = key.substring("need.".length());
            byId.put(id, new Need(id, words(p.getProperty(key)), words(p.getProperty("trade." + id, ""))));
        });
        return new Trades(new ArrayList<>(byId.values()));
    }

    private static List<String> words(String list) {
        return java.util.Arrays.stream(list.split("\\|")).map(String::strip).filter(w -> !w.isEmpty())
                .map(Trades::padded).toList();
    }
}
