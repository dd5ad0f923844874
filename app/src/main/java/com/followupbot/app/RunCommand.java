package com.followupbot.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the bot: database, migrations, background work, and the chat frontend in the foreground. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the bot (the default command). Without TELEGRAM_BOT_TOKEN or SLACK_BOT_TOKEN it chats "
                + "on the console: type what you did, answer choices by number, /advance 24h to move time, /quit.",
                "The database is the PostgreSQL server named by DATABASE_URL, else an embedded one in --data-dir."},
        footerHeading = "%nEnvironment:%n",
        footer = {"  DATABASE_URL        an external PostgreSQL: jdbc:postgresql://… or postgres://user:pass@host/db",
                "  FOLLOWUP_DATA_DIR   default for --data-dir",
                "  FOLLOWUP_ZONE       default for --zone",
                "  TELEGRAM_BOT_TOKEN  run on Telegram (TELEGRAM_API_URL, TELEGRAM_WEBHOOK_URL: see telegram-adapter/README.md)",
                "  SLACK_BOT_TOKEN     select Slack (SLACK_APP_TOKEN, SLACK_SIGNING_SECRET: see slack-adapter/README.md)",
                "  FOLLOWUP_DB_TIMEOUT seconds to wait for a database connection before telling users it is away (default: 3)",
                "  FOLLOWUP_OPS_PORT   serve /metrics (Prometheus) and /healthz on this port (default: off)",
                "  FOLLOWUP_LOG_FORMAT json for one JSON object per log line (default: text)"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILURE, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNAVAILABLE,
                ExitCodes.HELP_CONFIGURATION, ExitCodes.HELP_DATABASE_UNAVAILABLE, ExitCodes.HELP_DATA_DIRECTORY_IN_USE,
                ExitCodes.HELP_DATA_DIRECTORY_INCOMPATIBLE})
final class RunCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    DataDirOption dataDir;

    /** A string, checked in {@link #call}: a bad zone gets one line naming --zone, not picocli's usage text. */
    @Option(names = ZoneSetting.OPTION, paramLabel = "ZONE",
            description = "Time zone for new users, e.g. Europe/Rome (env " + ZoneSetting.VARIABLE + "; default: the system zone).")
    String zone;

    @Option(names = "--dispatch-interval", paramLabel = "DURATION", defaultValue = "1s",
            converter = DurationConverter.class,
            description = "How often to look for due follow-up prompts (default: ${DEFAULT-VALUE}).")
    Duration dispatchInterval;

    RunCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        ZoneId defaultZone = ZoneSetting.resolve(zone, terminal);
        DataDirectory data = dataDir.resolve(terminal);
        // the console's files beside the embedded database; with an external one they go to a temporary
        // folder (the data directory then holds only the messages kept while the database is away)
        Path consoleFiles = terminal.variable(Database.URL_VARIABLE) == null ? data.files() : null;
        ChatFrontend frontend;
        try {
            frontend = Frontends.select(terminal, defaultZone, consoleFiles);
        } catch (FrontendUnavailableException e) {
            terminal.err().println(e.getMessage());
            return ExitCodes.UNAVAILABLE;
        }
        BotRuntime runtime;
        try {
            runtime = BotRuntime.start(data, terminal, defaultZone, frontend, dispatchInterval);
        } catch (FrontendUnavailableException e) {
            terminal.err().println(e.getMessage());
            return ExitCodes.UNAVAILABLE;
        }
        // Ctrl-C or SIGTERM: stop Quartz, the loop, the pool and the embedded server before the JVM goes
        Thread shutdownHook = new Thread(runtime::close, "followup-bot-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            return frontend.run(runtime.bot());
        } finally {
            runtime.close();
            removeHook(shutdownHook);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; nothing left to do
        }
    }
}
