package com.followupbot.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server the bot runs itself, keeping its data in a directory that survives restarts.
 * The library is meant for tests, so two of its defaults are overridden: it starts the server with
 * fsync and synchronous commit off, which would lose the last transactions on a power cut.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String SUPERUSER = "postgres";
    private static final String DATABASE = "postgres";
    /** Recovery after a crash replays the WAL first; the library's 10 s default is short for that. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private volatile EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final int port;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.port = postgres.getPort();
    }

    /** Starts the server on a free port, first stopping a server orphaned by a killed predecessor. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        StalePostmaster.clear(directory);
        return new EmbeddedDatabase(launch(directory, 0), directory);
    }

    private static EmbeddedPostgres launch(Path directory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(STARTUP_WAIT);
            EmbeddedPostgres postgres = (port == 0 ? builder : builder.setPort(port)).start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * Whether the server's postmaster is alive: the process named by its {@code postmaster.pid}. Not a
     * connection attempt, so a busy server is not mistaken for a dead one.
     */
    public boolean isRunning() {
        return StalePostmaster.postmaster(dataDirectory).isPresent();
    }

    /**
     * Starts the server again after it died (killed, crashed), on the same data and the same port, so the
     * pool's URL stays right and it reconnects by itself. Does nothing when it runs or was closed.
     */
    public synchronized boolean restartIfDead() {
        if (closed || isRunning()) {
            return false;
        }
        log.warn("Embedded PostgreSQL (port {}) is not running; starting it again on {}", port, dataDirectory);
        closeQuietly(postgres); // releases the library's lock on the directory; pg_ctl finds nothing to stop
        StalePostmaster.clear(dataDirectory); // the pid file a killed server leaves behind
        postgres = launch(dataDirectory, port);
        return true;
    }

    public DatabaseConfig config() {
        return new DatabaseConfig(postgres.getJdbcUrl(SUPERUSER, DATABASE), SUPERUSER, null);
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeQuietly(postgres);
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
