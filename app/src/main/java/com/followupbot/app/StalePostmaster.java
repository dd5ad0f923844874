package com.followupbot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a killed predecessor left in the data directory. When the JVM dies with SIGKILL the
 * embedded PostgreSQL keeps running (it is a daemon, not a child that dies with us) and holds
 * {@code postmaster.pid}, so the next start fails with "lock file already exists". We stop that
 * orphan the way {@code pg_ctl stop -m fast} does (SIGINT to the postmaster), but only after
 * checking that no live bot owns the directory and that the pid really is this directory's postgres.
 */
final class StalePostmaster {

    /** What {@link #clear} found. */
    enum Outcome { NOTHING, STALE_FILE, STOPPED_ORPHAN }

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private StalePostmaster() {
    }

    /**
     * @throws DataDirectoryLock.InUseException when a live bot holds the directory: checked even without a
     *     {@code postmaster.pid}, since its owner may still be running initdb
     */
    static Outcome clear(Path dataDirectory) {
        if (!Files.isDirectory(dataDirectory)) {
            return Outcome.NOTHING; // the first start: the library creates it
        }
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        // held while we look, so that no bot can start on the directory meanwhile
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory)) {
            if (!Files.exists(pidFile)) {
                return Outcome.NOTHING;
            }
            List<String> lines = Files.readAllLines(pidFile);
            Optional<ProcessHandle> process = recordedPid(lines).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (process.isPresent() && isPostmasterOf(process.get(), lines, dataDirectory)) {
                stop(process.get());
                return Outcome.STOPPED_ORPHAN;
            }
            // the server is gone, or its pid now belongs to another program: PostgreSQL would refuse
            // to start while that pid lives, and nobody else uses the directory (we hold its lock)
            log.info("Removing a stale postmaster.pid from {}", lock.directory());
            Files.deleteIfExists(pidFile);
            return Outcome.STALE_FILE;
        } catch (IOException e) {
            throw new UncheckedIOException("could not inspect " + pidFile, e);
        }
    }

    /** The running postmaster of {@code dataDirectory}, as its postmaster.pid names it; empty when none runs. */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return recordedPid(lines).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    /** The first line of postmaster.pid; empty or garbled after a crash during start-up. */
    private static Optional<Long> recordedPid(List<String> lines) {
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostmasterOf(ProcessHandle process, List<String> pidFileLines, Path dataDirectory) {
        boolean isPostgres = process.info().command()
                .map(command -> Path.of(command).getFileName().toString().replace(".exe", ""))
                .map("postgres"::equals)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL's lock file in " + dataDirectory
                        + " names the running process " + process.pid() + ", which cannot be inspected;"
                        + " stop it if it is an old PostgreSQL, or remove postmaster.pid"));
        return isPostgres && pidFileLines.size() > 1 && sameDirectory(pidFileLines.get(1).strip(), dataDirectory);
    }

    private static boolean sameDirectory(String recorded, Path dataDirectory) {
        try {
            return Files.isSameFile(Path.of(recorded), dataDirectory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle postmaster) {
        log.warn("PostgreSQL (pid {}) is still running from a previous run that was killed; stopping it", postmaster.pid());
        if (!sendFastShutdown(postmaster.pid())) {
            postmaster.destroy(); // SIGTERM: a "smart" shutdown, which waits for the dead run's sessions
        }
        try {
            postmaster.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("the old PostgreSQL (pid " + postmaster.pid() + ") did not stop within "
                    + STOP_TIMEOUT.toSeconds() + " s; stop it by hand", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the old PostgreSQL", e);
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit. */
    private static boolean sendFastShutdown(long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false; // no kill command (Windows): fall back to ProcessHandle
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
