package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTest {

    @TempDir
    Path pgdata;

    @Test
    void nothingToDoWithoutALockFile() {
        assertThat(StalePostmaster.clear(pgdata)).isEqualTo(StalePostmaster.Outcome.NOTHING);
    }

    @Test
    void aLockFileOfAProcessThatIsGoneIsRemoved() throws Exception {
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(finished.waitFor(60, TimeUnit.SECONDS)).isTrue();
        writePidFile(finished.pid());

        assertThat(StalePostmaster.clear(pgdata)).isEqualTo(StalePostmaster.Outcome.STALE_FILE);
        assertThat(pgdata.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aPidReusedByAnotherProgramIsNotKilled() throws Exception {
        writePidFile(ProcessHandle.current().pid()); // alive, but a JVM, not postgres

        assertThat(StalePostmaster.clear(pgdata)).isEqualTo(StalePostmaster.Outcome.STALE_FILE);
        assertThat(pgdata.resolve("postmaster.pid")).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aDirectoryInUseByALiveBotIsLeftAlone() throws Exception {
        writePidFile(ProcessHandle.current().pid());

        try (DataDirectoryLock lock = DataDirectoryLock.acquire(pgdata)) {
            assertThat(lock.directory()).isEqualTo(pgdata);
            assertThatThrownBy(() -> StalePostmaster.clear(pgdata))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running Follow-Up Bot");
        }
        assertThat(pgdata.resolve("postmaster.pid")).exists();
    }

    @Test
    void aGarbledLockFileIsRemoved() throws Exception {
        Files.writeString(pgdata.resolve("postmaster.pid"), "");

        assertThat(StalePostmaster.clear(pgdata)).isEqualTo(StalePostmaster.Outcome.STALE_FILE);
        assertThat(pgdata.resolve("postmaster.pid")).doesNotExist();
    }

    private void writePidFile(long pid) throws Exception {
        // PostgreSQL's format: pid, data directory, start time, port, socket directory, ...
        Files.writeString(pgdata.resolve("postmaster.pid"), pid + "\n" + pgdata + "\n1700000000\n5432\n/tmp\n");
    }
}
