package com.followupbot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** English and Italian say the same things: the same keys, and each text the same placeholders. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Properties english = load("/messages.properties");
    private final Properties italian = load("/messages_it.properties");

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(italian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.size()).isGreaterThan(150);
    }

    @Test
    void eachTextHasTheSamePlaceholdersInBothLanguages() {
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(italian.getProperty(key, "")))
                    .as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void noTextIsBlank() {
        for (Properties bundle : new Properties[] {english, italian}) {
            bundle.forEach((key, value) -> assertThat(value.toString()).as("text of %s", key).isNotBlank());
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
