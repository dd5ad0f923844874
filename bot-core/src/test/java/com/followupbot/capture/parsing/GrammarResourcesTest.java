package com.followupbot.capture.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.user.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The grammar is data: every language file defines the same keys (valued families such as "date.relative.N"
 * may use different N), so a new language starts from a copy of one file.
 */
class GrammarResourcesTest {

    @Test
    void everyLanguageDefinesTheSameGrammarKeys() throws IOException {
        Set<String> english = keys(Language.EN);
        for (Language language : Language.values()) {
            assertThat(keys(language)).as(language.code()).isEqualTo(english);
        }
        assertThat(english).contains("capture.verbs", "future.cues", "honorifics", "roles", "legal.suffixes",
                "event.preps.strong", "note.cues", "date.relative", "date.weekday", "date.month", "time.preps");
    }

    @Test
    void languageIsDetectedFromCueWords() {
        assertThat(MeetingParser.detectLanguage("ho conosciuto Marco alla fiera", Language.EN)).isEqualTo(Language.IT);
        assertThat(MeetingParser.detectLanguage("met Anna at the expo yesterday", Language.IT)).isEqualTo(Language.EN);
        assertThat(MeetingParser.detectLanguage("ieri caffè con Luca", Language.EN)).isEqualTo(Language.IT);
        assertThat(MeetingParser.detectLanguage("Anna Rossi", Language.IT)).isEqualTo(Language.IT);
        assertThat(MeetingParser.detectLanguage("", Language.EN)).isEqualTo(Language.EN);
        assertThat(MeetingParser.detectLanguage(null, Language.IT)).isEqualTo(Language.IT);
    }

    @Test
    void theStandardParserIsShared() {
        assertThat(MeetingParser.standard()).isSameAs(MeetingParser.standard());
    }

    private static Set<String> keys(Language language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = GrammarResourcesTest.class.getResourceAsStream("/grammar/" + language.code() + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> families = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            boolean valued = dot > 0 && key.substring(dot + 1).chars().allMatch(Character::isDigit);
            families.add(valued ? key.substring(0, dot) : key);
        }
        return families;
    }
}
