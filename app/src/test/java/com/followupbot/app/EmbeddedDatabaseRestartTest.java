package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database survives the bot being killed with SIGKILL, which leaves PostgreSQL running. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path directory;

    @Test
    void startsAgainAfterItsProcessWasKilledAndStillHasTheRows() throws Exception {
        Path pgdata = directory.resolve("pgdata");
        Process child = startChild(pgdata);
        ProcessHandle orphan = null;
        try {
            awaitReady(child);
            long postmasterPid = Long.parseLong(Files.readAllLines(pgdata.resolve("postmaster.pid")).get(0).strip());

            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, nothing stops PostgreSQL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            orphan = ProcessHandle.of(postmasterPid).orElse(null);
            assertThat(orphan).as("the killed bot's PostgreSQL is still running").isNotNull();
            assertThat(orphan.isAlive()).isTrue();

            try (EmbeddedDatabase database = EmbeddedDatabase.start(pgdata);
                    HikariDataSource pool = Database.pool(database.config())) {
                assertThat(orphan.isAlive()).as("the orphan was stopped before the new start").isFalse();
                assertThat(query(pool, "select note from crash_test")).isEqualTo("written before the kill");
                assertThat(query(pool, "show fsync")).isEqualTo("on");
                assertThat(query(pool, "show synchronous_commit")).isEqualTo("on");
            }
        } finally {
            child.destroyForcibly();
            Optional.ofNullable(orphan).filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aCleanStopLeavesNothingToClearAndKeepsTheData() throws Exception {
        Path pgdata = directory.resolve("pgdata");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(pgdata);
                HikariDataSource pool = Database.pool(database.config());
                Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('still here')");
        }
        assertThat(pgdata.resolve("postmaster.pid")).doesNotExist();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(pgdata);
                HikariDataSource pool = Database.pool(database.config())) {
            assertThat(query(pool, "select note from kept")).isEqualTo("still here");
        }
    }

    private Process startChild(Path pgdata) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(), pgdata.toString())
                .redirectError(directory.resolve("child-stderr.log").toFile())
                .start();
    }

    private void awaitReady(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = out.readLine(); // returns null if the child dies before it is ready
        } while (line != null && !line.equals("READY"));
        assertThat(line).as("child said READY; its stderr: %s", Files.readString(directory.resolve("child-stderr.log")))
                .isEqualTo("READY");
    }

    private static String query(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
