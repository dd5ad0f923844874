package com.followupbot.capture.internal;

import com.followupbot.user.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Loads {@code understanding/<code>.properties}: one language's command, progress, correction and setting words. */
public final class GrammarFile {

    private GrammarFile() {
    }

    public static Properties load(Language language) {
        String resource = "/understanding/" + language.code() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = GrammarFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing grammar " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return properties;
    }
}
