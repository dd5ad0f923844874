package com.followupbot.app;

import com.followupbot.migrations.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Brings the schema up to date without running the bot, e.g. before rolling out a new version. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Starts the database (DATABASE_URL, else the embedded one), applies pending migrations, "
                + "prints how many ran and exits.",
        footerHeading = "%nEnvironment:%n",
        footer = {"  DATABASE_URL        an external PostgreSQL: jdbc:postgresql://… or postgres://user:pass@host/db",
                "  FOLLOWUP_DATA_DIR   default for --data-dir"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILURE, ExitCodes.HELP_USAGE, ExitCodes.HELP_CONFIGURATION,
                ExitCodes.HELP_DATABASE_UNAVAILABLE, ExitCodes.HELP_DATA_DIRECTORY_IN_USE,
                ExitCodes.HELP_DATA_DIRECTORY_INCOMPATIBLE})
final class MigrateCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    DataDirOption dataDir;

    MigrateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (Database database = Database.open(dataDir.resolve(terminal), terminal)) {
            int applied = Migrations.migrate(database.dataSource());
            terminal.out().println("Applied " + applied + (applied == 1 ? " migration." : " migrations."));
        }
        return ExitCodes.OK;
    }
}
