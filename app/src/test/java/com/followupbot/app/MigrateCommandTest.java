package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void migratesTheEmbeddedDatabaseOnceAndKeepsItAcrossRuns() {
        TestTerminal first = new TestTerminal("", Map.of());
        assertThat(Main.execute(first.terminal(), "migrate", "--data-dir", dataDir.toString())).isZero();
        assertThat(first.out()).matches("Applied [1-9]\\d* migrations?\\.\n");
        assertThat(dataDir.resolve("pgdata").resolve("PG_VERSION")).exists();

        TestTerminal second = new TestTerminal("", Map.of());
        assertThat(Main.execute(second.terminal(), "migrate", "--data-dir", dataDir.toString())).isZero();
        assertThat(second.out()).isEqualTo("Applied 0 migrations.\n");
    }

    @Test
    void usesTheServerNamedByDatabaseUrlInsteadOfTheEmbeddedOne() {
        HikariDataSource migrated = TestDatabase.fresh();
        TestTerminal terminal = new TestTerminal("", Map.of("DATABASE_URL", migrated.getJdbcUrl()));
        Path unused = dataDir.resolve("unused");

        assertThat(Main.execute(terminal.terminal(), "migrate", "--data-dir", unused.toString())).isZero();

        assertThat(terminal.out()).isEqualTo("Applied 0 migrations.\n");
        assertThat(unused).doesNotExist();
    }

    @Test
    void aBadDatabaseUrlFailsWithOneReadableLine() {
        TestTerminal terminal = new TestTerminal("", Map.of("DATABASE_URL", "mysql://root:secret@db/x"));

        assertThat(Main.execute(terminal.terminal(), "migrate", "--data-dir", dataDir.toString()))
                .isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(terminal.err()).startsWith("DATABASE_URL: mysql:// is not a PostgreSQL URL. Use postgres://")
                .doesNotContain("secret");
        assertThat(terminal.err().lines()).hasSize(1);
        assertThat(terminal.out()).isEmpty();
    }
}
