package com.followupbot.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the bot keeps its embedded database: shared by the commands that start one. */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            defaultValue = "${env:FOLLOWUP_DATA_DIR:-${sys:user.home}/.followup-bot}",
            description = "Directory for the embedded database (env FOLLOWUP_DATA_DIR; default: ${DEFAULT-VALUE}). "
                    + "Ignored when DATABASE_URL names a PostgreSQL server.")
    Path dataDir;

    Path path() {
        return dataDir.toAbsolutePath().normalize();
    }
}
