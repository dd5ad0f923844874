package com.followupbot.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the embedded PostgreSQL's data directory says of the version that made it: initdb writes the
 * major version into {@code PG_VERSION}, and a server of another major version refuses the directory.
 * Read before the server starts, so that a mismatch is told in one line rather than as a start-up timeout.
 */
sealed interface ClusterVersion {

    /** No cluster yet (no PG_VERSION, no postgresql.conf): the library will run initdb. */
    record None() implements ClusterVersion {
    }

    /** The major version, such as 17; {@code text} as written (9.6 before PostgreSQL 10). */
    record Major(int major, String text) implements ClusterVersion {
    }

    /** A cluster whose PG_VERSION is missing or does not hold a version: no server can start on it. */
    record Unreadable(String reason) implements ClusterVersion {
    }

    String FILE = "PG_VERSION";
    /** The library decides "already initialised" by this file, so its presence means a cluster is there. */
    String CONFIG = "postgresql.conf";
    /** "17", or "9.6" for the versions before 10; a newline follows. */
    Pattern VERSION = Pattern.compile("([1-9][0-9]{0,2})(\\.[0-9]{1,2})?");
    /** Far longer than any real PG_VERSION: a larger file is not one, and is not read whole. */
    long MAX_SIZE = 16;

    static ClusterVersion of(Path pgdata) {
        Path file = pgdata.resolve(FILE);
        if (!Files.exists(file)) {
            return Files.exists(pgdata.resolve(CONFIG)) ? new Unreadable("it has no " + FILE + " file") : new None();
        }
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_SIZE) {
                return new Unreadable("its " + FILE + " is not a version file");
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
            Matcher version = VERSION.matcher(text);
            if (!version.matches()) {
                return new Unreadable("its " + FILE + " holds " + StartupException.quoted(text) + ", not a version number");
            }
            return new Major(Integer.parseInt(version.group(1)), text);
        } catch (IOException e) {
            return new Unreadable("its " + FILE + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
