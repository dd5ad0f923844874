package com.followupbot.capture.parsing;

import com.followupbot.user.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Loads one language's file of a grammar folder ({@code /referrals/it.properties}), as UTF-8. */
final class GrammarProperties {
    private GrammarProperties() {
    }

    static Properties load(String folder, Language language) {
        String resource = "/" + folder + "/" + language.code() + ".properties";
        try (InputStream in = GrammarProperties.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing grammar resource " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
