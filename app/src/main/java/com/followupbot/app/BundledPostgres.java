package com.followupbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The PostgreSQL whose binaries this jar bundles, as the build recorded it: a data directory made by
 * another major version is one these binaries cannot start.
 */
final class BundledPostgres {

    private static final String RESOURCE = "bundled-postgres.properties";

    private BundledPostgres() {
    }

    /** The full version of the binaries, such as 17.11.0. */
    static String version() {
        try (InputStream in = BundledPostgres.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The major version, which is what a data directory's PG_VERSION records (PostgreSQL 10 and later). */
    static int major() {
        String version = version();
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }
}
