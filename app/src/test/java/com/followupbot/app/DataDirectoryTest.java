package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path work;

    @Test
    void aMissingDirectoryIsCreatedAndAnExistingOneKept() throws Exception {
        DataDirectory fresh = new DataDirectory(work.resolve("a/b/bot"), "--data-dir");
        fresh.prepare();
        assertThat(work.resolve("a/b/bot")).isDirectory();
        assertThat(fresh.pgdata()).isEqualTo(work.resolve("a/b/bot/pgdata"));

        Files.writeString(work.resolve("a/b/bot/kept"), "x");
        fresh.prepare();
        assertThat(work.resolve("a/b/bot/kept")).hasContent("x");
    }

    @Test
    void aPathUnderARegularFileIsRefusedNamingTheSetting() throws Exception {
        Path file = Files.writeString(work.resolve("file"), "");

        assertThatThrownBy(() -> new DataDirectory(file.resolve("sub/bot"), "FOLLOWUP_DATA_DIR").prepare())
                .isInstanceOfSatisfying(StartupException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.CONFIGURATION))
                .hasMessage("FOLLOWUP_DATA_DIR: cannot use “" + file.resolve("sub/bot") + "” for the data: " + file
                        + " is a file, not a directory. Set FOLLOWUP_DATA_DIR to a directory the bot can create or write to.");
    }

    @Test
    void theDefaultDirectorySaysWhichSettingsChangeIt() throws Exception {
        Path file = Files.writeString(work.resolve(".followup-bot"), "");

        assertThatThrownBy(() -> new DataDirectory(file, null).prepare())
                .hasMessage("Data directory: cannot use “" + file + "” for the data: it is a file, not a directory."
                        + " Set FOLLOWUP_DATA_DIR (or --data-dir) to a directory the bot can create or write to.");
    }

    @Test
    void aFileWhereTheDatabaseGoesIsRefused() throws Exception {
        Files.writeString(work.resolve("pgdata"), "");

        assertThatThrownBy(() -> new DataDirectory(work, "--data-dir").prepare())
                .hasMessageContaining(work.resolve("pgdata") + " is a file, not a directory");
    }

    @Test
    void inUseSaysHowToGoOn() {
        assertThat(new DataDirectory(work, "--data-dir").inUse(null))
                .hasMessage("--data-dir: another Follow-Up Bot is using “" + work + "”."
                        + " Stop it first (/quit ends a console chat), or set --data-dir to another directory.")
                .satisfies(e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.DATA_DIRECTORY_IN_USE));
    }
}
