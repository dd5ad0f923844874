package com.followupbot.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data directory and the setting that chose it ({@code --data-dir}, {@code FOLLOWUP_DATA_DIR}, or
 * null for the default), so that a problem with it is reported against what the user set.
 */
record DataDirectory(Path path, String setting) {

    DataDirectory {
        path = path.toAbsolutePath().normalize();
    }

    /** Where the embedded PostgreSQL keeps its files. */
    Path pgdata() {
        return path.resolve("pgdata");
    }

    /** Where the console chat puts the files the bot sends (a chart, an export), since a terminal cannot show them. */
    Path files() {
        return path.resolve("files");
    }

    /**
     * Creates the directory if needed and checks that the bot can write in it, before the embedded
     * PostgreSQL tries and fails with a stack trace.
     *
     * @throws StartupException naming the setting, when the directory cannot be used
     */
    void prepare() {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw unusable((existing.equals(path) ? "it" : existing.toString()) + " is a file, not a directory", null);
        }
        try {
            Files.createDirectories(path);
        } catch (AccessDeniedException e) {
            throw unusable("no permission to create it", e);
        } catch (FileSystemException e) {
            throw unusable(e.getReason() != null ? e.getReason() : "it cannot be created", e);
        } catch (IOException e) {
            throw unusable("it cannot be created (" + e.getClass().getSimpleName() + ")", e);
        }
        if (!Files.isWritable(path)) {
            throw unusable("no permission to write in it", null);
        }
        if (Files.exists(pgdata()) && !Files.isDirectory(pgdata())) {
            throw unusable(pgdata() + " is a file, not a directory", null);
        }
    }

    private StartupException unusable(String reason, Throwable cause) {
        String fix = setting != null ? "Set " + setting + " to a directory the bot can create or write to."
                : "Set " + DataDirOption.VARIABLE + " (or " + DataDirOption.OPTION + ") to a directory the bot can create or write to.";
        return new StartupException(ExitCodes.CONFIGURATION,
                subject() + ": cannot use " + StartupException.quoted(path.toString()) + " for the data: " + reason + ". " + fix,
                cause);
    }

    StartupException inUse(Throwable cause) {
        return new StartupException(ExitCodes.DATA_DIRECTORY_IN_USE,
                subject() + ": another Follow-Up Bot is using " + StartupException.quoted(path.toString())
                        + ". Stop it first (/quit ends a console chat), or set " + other() + " to another directory.",
                cause);
    }

    /**
     * Stops before the embedded PostgreSQL starts on data another major version made, which it cannot
     * read: PostgreSQL refuses such a directory, but only after the start-up wait, and says so in its log.
     * Nothing is written to the directory. The jar bundles no older binaries and no pg_upgrade, so an
     * upgrade is the user's step, and the line says which.
     *
     * @throws StartupException naming the directory and both versions
     */
    void checkPostgresVersion(int bundledMajor) {
        ClusterVersion found = ClusterVersion.of(pgdata());
        String pgdata = StartupException.quoted(pgdata().toString());
        if (found instanceof ClusterVersion.Unreadable unreadable) {
            throw incompatible(pgdata + " is not a PostgreSQL data directory the bot can start: " + unreadable.reason()
                    + ". Nothing was changed: restore it from a copy, or set " + other() + " to another directory.");
        }
        if (found instanceof ClusterVersion.Major version && version.major() < bundledMajor) {
            throw incompatible(pgdata + " holds PostgreSQL " + version.text() + " data, which this Follow-Up Bot's"
                    + " PostgreSQL " + bundledMajor + " cannot read. Nothing was changed: run the previous Follow-Up Bot"
                    + " on it and save your data with its export, or copy the directory and upgrade it with pg_upgrade"
                    + " from PostgreSQL " + version.text() + " to " + bundledMajor + ".");
        }
        if (found instanceof ClusterVersion.Major version && version.major() > bundledMajor) {
            throw incompatible(pgdata + " holds PostgreSQL " + version.text() + " data, newer than this Follow-Up Bot's"
                    + " PostgreSQL " + bundledMajor + ". Nothing was changed: run the newer Follow-Up Bot that made it,"
                    + " or set " + other() + " to another directory.");
        }
    }

    private StartupException incompatible(String problem) {
        return new StartupException(ExitCodes.DATA_DIRECTORY_INCOMPATIBLE, subject() + ": " + problem);
    }

    private String other() {
        return setting != null ? setting : DataDirOption.VARIABLE + " (or " + DataDirOption.OPTION + ")";
    }

    private String subject() {
        return setting != null ? setting : "Data directory";
    }
}
