package com.followupbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A corpus file of one JSON object per line (blank lines and "//" comments skipped), read into test cases. */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /** Each object with its 1-based line number, made into a case by {@code toCase}. */
    public static <T> List<T> read(String resource, BiFunction<Integer, JsonNode, T> toCase) {
        List<T> cases = new ArrayList<>();
        try (InputStream in = JsonLines.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                n++;
                if (!line.isBlank() && !line.startsWith("//")) {
                    cases.add(toCase.apply(n, JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
