package com.followupbot.app;

import com.followupbot.capture.Intent;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.user.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parse command's loop: exactly one JSON line out per line in, in order, flushed at once, so a
 * caller can pipe messages in and read answers back one by one. A line that fails gives intent
 * "unknown" and a log line on stderr; stdout never carries a stack trace.
 */
final class JsonLinesParser {

    private static final Logger log = LoggerFactory.getLogger(JsonLinesParser.class);
    private static final ParsedMessage NOT_UNDERSTOOD = ParsedMessage.of(Intent.UNKNOWN, Language.EN);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Function<String, ParsedMessage> reader;
    private final PrintStream out;

    JsonLinesParser(Function<String, ParsedMessage> reader, PrintStream out) {
        this.reader = reader;
        this.out = out;
    }

    void parseAll(BufferedReader in) throws IOException {
        int lineNumber = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1); // Windows editors start UTF-8 files with one
            }
            out.print(ParsedMessageJson.write(parse(line, lineNumber)));
            out.print('\n'); // JSON Lines: \n whatever the platform
            out.flush();
        }
    }

    private ParsedMessage parse(String line, int lineNumber) {
        if (line.isBlank()) {
            return NOT_UNDERSTOOD;
        }
        try {
            return reader.apply(line);
        } catch (RuntimeException e) {
            // the exception message may quote the text: only its type at WARN, the details at DEBUG
            log.warn("Line {} could not be parsed ({}); answered intent unknown", lineNumber, e.getClass().getName());
            log.debug("Parse failure on line {}", lineNumber, e);
            return NOT_UNDERSTOOD;
        }
    }
}
