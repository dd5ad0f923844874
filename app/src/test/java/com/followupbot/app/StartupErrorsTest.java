package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A setting the bot cannot use stops it with one line on stderr that names the setting, a documented
 * exit code, and no stack trace at the default log level: the launcher runs in a child JVM with the
 * production logging configuration, so whatever a library prints on its own would show here too.
 */
class StartupErrorsTest {

    @TempDir
    Path work;

    @Test
    void aDatabaseUrlThatIsNotAUrl() throws Exception {
        String line = failsWithOneLine(ExitCodes.CONFIGURATION, "DATABASE_URL",
                Map.of("DATABASE_URL", "nonsense"), "--data-dir", unused());

        assertThat(line).isEqualTo("DATABASE_URL: not a PostgreSQL URL. Use postgres://user:password@host:5432/database"
                + " or jdbc:postgresql://host:5432/database?user=…&password=…");
        assertThat(work.resolve("unused")).doesNotExist();
    }

    @Test
    void aDatabaseUrlWithoutHostOrWithABadPort() throws Exception {
        assertThat(failsWithOneLine(ExitCodes.CONFIGURATION, "DATABASE_URL",
                Map.of("DATABASE_URL", "postgres://u@:x/db"), "--data-dir", unused()))
                .startsWith("DATABASE_URL: the URL names no host.");

        // the driver would print a warning of its own through java.util.logging
        assertThat(failsWithOneLine(ExitCodes.CONFIGURATION, "DATABASE_URL",
                Map.of("DATABASE_URL", "postgres://u:secret@db.example:x/db"), "--data-dir", unused()))
                .startsWith("DATABASE_URL: the port is not a number from 1 to 65535")
                .doesNotContain("secret");
    }

    @Test
    void aJdbcUrlForAnotherKindOfDatabase() throws Exception {
        assertThat(failsWithOneLine(ExitCodes.CONFIGURATION, "DATABASE_URL",
                Map.of("DATABASE_URL", "jdbc:mysql://localhost/db?user=root&password=secret"), "--data-dir", unused()))
                .startsWith("DATABASE_URL: jdbc:mysql names another kind of database; Follow-Up Bot needs PostgreSQL.")
                .doesNotContain("secret");
    }

    @Test
    void anUnreachableDatabaseFailsAtOnce() throws Exception {
        String line = failsWithOneLine(ExitCodes.DATABASE_UNAVAILABLE, "DATABASE_URL",
                Map.of("DATABASE_URL", "postgres://u:secret@127.0.0.1:1/db"), "--data-dir", unused());

        assertThat(line).isEqualTo("DATABASE_URL: cannot connect to PostgreSQL at 127.0.0.1:1 (connection refused)."
                + " Check that the server is running and that DATABASE_URL names its host and port.");
        assertThat(work.resolve("unused")).doesNotExist();
    }

    @Test
    void migrateSaysTheSame() throws Exception {
        assertThat(failsWithOneLine(ExitCodes.DATABASE_UNAVAILABLE, "DATABASE_URL",
                Map.of("DATABASE_URL", "postgres://u:p@127.0.0.1:1/db"), "migrate", "--data-dir", unused()))
                .contains("connection refused");
    }

    @Test
    void aDatabaseThatDoesNotExistOnTheServer() throws Exception {
        String url = TestDatabase.fresh().getJdbcUrl().replaceFirst("/test_\\d+", "/no_such_database");

        assertThat(failsWithOneLine(ExitCodes.CONFIGURATION, "DATABASE_URL", Map.of("DATABASE_URL", url),
                "--data-dir", unused()))
                .matches("DATABASE_URL: PostgreSQL at localhost:\\d+ has no such database \\(database \"no_such_database\""
                        + " does not exist\\)\\. Create it \\(createdb\\) or fix the database name in DATABASE_URL\\.");
    }

    @Test
    void aRoleTheServerDoesNotKnow() throws Exception {
        String url = TestDatabase.fresh().getJdbcUrl().replace("user=postgres", "user=nobody");

        assertThat(failsWithOneLine(ExitCodes.CONFIGURATION, "DATABASE_URL", Map.of("DATABASE_URL", url),
                "--data-dir", unused()))
                .matches("DATABASE_URL: PostgreSQL at localhost:\\d+ refused the login \\(role \"nobody\" does not exist\\)\\."
                        + " Check the user and password in DATABASE_URL\\.");
    }

    @Test
    void aDataDirUnderARegularFile() throws Exception {
        Path file = Files.writeString(work.resolve("a-file"), "not a directory");
        Path under = file.resolve("sub");

        String line = failsWithOneLine(ExitCodes.CONFIGURATION, "--data-dir", Map.of(), "--data-dir", under.toString());

        assertThat(line).isEqualTo("--data-dir: cannot use “" + under + "” for the data: " + file
                + " is a file, not a directory. Set --data-dir to a directory the bot can create or write to.");
    }

    @Test
    void aDataDirVariableNamingARegularFile() throws Exception {
        Path file = Files.writeString(work.resolve("a-file"), "not a directory");

        String line = failsWithOneLine(ExitCodes.CONFIGURATION, "FOLLOWUP_DATA_DIR",
                Map.of("FOLLOWUP_DATA_DIR", file.toString()));

        assertThat(line).isEqualTo("FOLLOWUP_DATA_DIR: cannot use “" + file + "” for the data: it is a file, not a directory."
                + " Set FOLLOWUP_DATA_DIR to a directory the bot can create or write to.");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    void aDataDirInUseByAnotherBot() throws Exception {
        Path dataDir = work.resolve("shared");
        // what a running bot holds: the embedded server's lock on its data directory
        try (DataDirectoryLock running = DataDirectoryLock.acquire(Files.createDirectories(dataDir.resolve("pgdata")))) {
            String line = failsWithOneLine(ExitCodes.DATA_DIRECTORY_IN_USE, "FOLLOWUP_DATA_DIR",
                    Map.of("FOLLOWUP_DATA_DIR", dataDir.toString()));

            assertThat(line).isEqualTo("FOLLOWUP_DATA_DIR: another Follow-Up Bot is using “" + dataDir + "”."
                    + " Stop it first (/quit ends a console chat), or set FOLLOWUP_DATA_DIR to another directory.");
        }
        assertThat(dataDir.resolve("pgdata").resolve("PG_VERSION")).as("nothing was started").doesNotExist();
    }

    @Test
    void aZoneThatDoesNotExist() throws Exception {
        assertThat(failsWithOneLine(ExitCodes.CONFIGURATION, "FOLLOWUP_ZONE", Map.of("FOLLOWUP_ZONE", "Mars/Olympus"),
                "--data-dir", unused()))
                .isEqualTo("FOLLOWUP_ZONE: “Mars/Olympus” is not a time zone. Use a region/city zone such as Europe/Rome.");

        assertThat(failsWithOneLine(ExitCodes.CONFIGURATION, "--zone", Map.of("FOLLOWUP_ZONE", "Europe/Rome"),
                "--zone", "Mars/Olympus", "--data-dir", unused()))
                .isEqualTo("--zone: “Mars/Olympus” is not a time zone. Use a region/city zone such as Europe/Rome.");
        assertThat(work.resolve("unused")).doesNotExist();
    }

    private String unused() {
        return work.resolve("unused").toString();
    }

    /** Runs the launcher and returns its one line on stderr, after checking everything else it printed. */
    private String failsWithOneLine(int exitCode, String setting, Map<String, String> env, String... args) throws Exception {
        ChildLauncher.Result result = ChildLauncher.run(work, env, args);

        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(exitCode);
        assertThat(result.errLines()).as("stderr").hasSize(1);
        assertThat(result.err() + result.out()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at com.");
        assertThat(result.out()).isEmpty();
        String line = result.errLines().get(0);
        assertThat(line).startsWith(setting + ": ");
        return line;
    }
}
