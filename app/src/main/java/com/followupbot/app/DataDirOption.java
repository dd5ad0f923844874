package com.followupbot.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the bot keeps its embedded database: shared by the commands that start one. */
final class DataDirOption {

    static final String OPTION = "--data-dir";
    static final String VARIABLE = "FOLLOWUP_DATA_DIR";

    @Option(names = OPTION, paramLabel = "DIR",
            description = "Directory for the embedded database (env " + VARIABLE + "; default: ${sys:user.home}/.followup-bot). "
                    + "Ignored when DATABASE_URL names a PostgreSQL server.")
    Path dataDir;

    /** The option, else the variable (read from the terminal's environment), else {@code ~/.followup-bot}. */
    DataDirectory resolve(Terminal terminal) {
        if (dataDir != null) {
            return new DataDirectory(dataDir, OPTION);
        }
        String variable = terminal.variable(VARIABLE);
        if (variable != null) {
            return new DataDirectory(Path.of(variable), VARIABLE);
        }
        return new DataDirectory(Path.of(System.getProperty("user.home"), ".followup-bot"), null);
    }
}
