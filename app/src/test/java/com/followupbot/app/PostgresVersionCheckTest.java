package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory the bundled PostgreSQL cannot start stops the launcher with one line and exit code 7,
 * before anything touches the directory. Each case is a real initdb'd directory, made once by the
 * bundled binaries, with its PG_VERSION edited to what an older or newer jar, or damage, would leave.
 */
class PostgresVersionCheckTest {

    @TempDir
    static Path made;
    @TempDir
    Path work;

    @BeforeAll
    static void initdbOnce() {
        EmbeddedDatabase.start(made.resolve("pgdata")).close();
    }

    @Test
    void theBuildRecordsTheVersionTheBinariesWrite() throws IOException {
        assertThat(Files.readString(made.resolve("pgdata").resolve("PG_VERSION")).strip())
                .isEqualTo(String.valueOf(BundledPostgres.major()));
        assertThat(BundledPostgres.version()).startsWith(BundledPostgres.major() + ".");
    }

    @Test
    void dataOfTheBundledVersionPasses() {
        assertThatCode(() -> new DataDirectory(made, null).checkPostgresVersion(BundledPostgres.major()))
                .doesNotThrowAnyException();
        assertThatCode(() -> new DataDirectory(work.resolve("new"), null).checkPostgresVersion(BundledPostgres.major()))
                .as("no cluster yet: initdb will make one").doesNotThrowAnyException();
    }

    @Test
    void dataOfAnOlderPostgresSaysHowToUpgrade() throws Exception {
        int bundled = BundledPostgres.major();
        Path dataDir = fabricate(String.valueOf(bundled - 1) + "\n");

        assertThat(stopsWithOneLine(dataDir)).isEqualTo("FOLLOWUP_DATA_DIR: “" + dataDir.resolve("pgdata") + "” holds"
                + " PostgreSQL " + (bundled - 1) + " data, which this Follow-Up Bot's PostgreSQL " + bundled + " cannot read."
                + " Nothing was changed: run the previous Follow-Up Bot on it and save your data with its export,"
                + " or copy the directory and upgrade it with pg_upgrade from PostgreSQL " + (bundled - 1) + " to " + bundled + ".");
    }

    @Test
    void dataOfAPostgresBefore10() {
        Path dataDir = fabricate("9.6\n");

        assertThat(ClusterVersion.of(dataDir.resolve("pgdata"))).isEqualTo(new ClusterVersion.Major(9, "9.6"));
    }

    @Test
    void dataOfANewerPostgresIsADowngrade() throws Exception {
        int bundled = BundledPostgres.major();
        Path dataDir = fabricate((bundled + 1) + "\n");

        assertThat(stopsWithOneLine(dataDir)).isEqualTo("FOLLOWUP_DATA_DIR: “" + dataDir.resolve("pgdata") + "” holds"
                + " PostgreSQL " + (bundled + 1) + " data, newer than this Follow-Up Bot's PostgreSQL " + bundled + "."
                + " Nothing was changed: run the newer Follow-Up Bot that made it, or set FOLLOWUP_DATA_DIR to another directory.");
    }

    @Test
    void aMissingPgVersion() throws Exception {
        Path dataDir = fabricate(null);

        assertThat(stopsWithOneLine(dataDir)).isEqualTo("FOLLOWUP_DATA_DIR: “" + dataDir.resolve("pgdata") + "” is not"
                + " a PostgreSQL data directory the bot can start: it has no PG_VERSION file. Nothing was changed:"
                + " restore it from a copy, or set FOLLOWUP_DATA_DIR to another directory.");
    }

    @Test
    void aGarbledPgVersion() throws Exception {
        Path dataDir = fabricate("1\u00007x\n");

        assertThat(stopsWithOneLine(dataDir)).isEqualTo("FOLLOWUP_DATA_DIR: “" + dataDir.resolve("pgdata") + "” is not"
                + " a PostgreSQL data directory the bot can start: its PG_VERSION holds “1?7x”, not a version number."
                + " Nothing was changed: restore it from a copy, or set FOLLOWUP_DATA_DIR to another directory.");
    }

    /** A copy of the initdb'd directory whose PG_VERSION says {@code version} (null: has none). */
    private Path fabricate(String version) {
        Path dataDir = work.resolve("data");
        copy(made.resolve("pgdata"), dataDir.resolve("pgdata"));
        try {
            Path file = dataDir.resolve("pgdata").resolve("PG_VERSION");
            if (version == null) {
                Files.delete(file);
            } else {
                Files.writeString(file, version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataDir;
    }

    /** Runs the launcher on {@code dataDir}; checks the exit code, that nothing else was printed, and that the directory is untouched. */
    private String stopsWithOneLine(Path dataDir) throws Exception {
        Map<String, String> before = contents(dataDir);

        ChildLauncher.Result result = ChildLauncher.run(work, Map.of("FOLLOWUP_DATA_DIR", dataDir.toString()));

        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(ExitCodes.DATA_DIRECTORY_INCOMPATIBLE);
        assertThat(result.errLines()).as("stderr").hasSize(1);
        assertThat(result.out()).isEmpty();
        assertThat(contents(dataDir)).as("the data directory, file by file").isEqualTo(before);
        return result.errLines().get(0);
    }

    /** Every file under {@code root} with its size, modification time and digest. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String entry = Files.isDirectory(path) ? "dir"
                        : Files.size(path) + " " + Files.getLastModifiedTime(path) + " " + digest(path);
                files.put(root.relativize(path).toString(), entry);
            }
        }
        return files;
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
