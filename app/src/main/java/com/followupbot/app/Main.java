package com.followupbot.app;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code followup-bot} command: {@code run} (the default), {@code parse} and {@code migrate}. */
@Command(name = "followup-bot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A chat bot that reminds you to follow up with the people you meet (24 hours, 7 days, 30 days).",
        subcommands = {RunCommand.class, ParseCommand.class, MigrateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Main.class);
    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        System.exit(execute(Terminal.system(), args));
    }

    /** Runs one command line against the given terminal and returns the exit code. */
    public static int execute(Terminal terminal, String... args) {
        java.util.Optional<String> badLogFormat = LogFormat.problem(terminal);
        if (badLogFormat.isPresent()) {
            terminal.err().println(badLogFormat.get());
            return ExitCodes.CONFIGURATION;
        }
        return commandLine(terminal).execute(withDefaultCommand(args));
    }

    static CommandLine commandLine(Terminal terminal) {
        CommandLine commandLine = new CommandLine(new Main(), new TerminalFactory(terminal));
        commandLine.setOut(new PrintWriter(terminal.out(), true));
        commandLine.setErr(new PrintWriter(terminal.err(), true));
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            if (exception instanceof StartupException startup) {
                // a setting to fix: the line says which; the library's stack trace helps only when debugging
                log.debug("{} could not start", command.getCommandName(), exception);
                command.getErr().println(startup.getMessage());
                return startup.exitCode();
            }
            // unexpected: the stack trace goes to the log (stderr); the user gets one readable line
            log.error("{} failed", command.getCommandName(), exception);
            String reason = exception.getMessage() != null ? exception.getMessage() : exception.getClass().getSimpleName();
            command.getErr().println("followup-bot " + command.getCommandName() + ": " + reason);
            return ExitCodes.FAILURE;
        });
        return commandLine;
    }

    /** No sub-command, or only run's options, means {@code run}: double-clicking the jar starts the bot. */
    static String[] withDefaultCommand(String... args) {
        if (args.length == 0 || args[0].startsWith("-") && !TOP_LEVEL_OPTIONS.contains(args[0])) {
            return Stream.concat(Stream.of("run"), Arrays.stream(args)).toArray(String[]::new);
        }
        return args;
    }

    @Override
    public void run() {
        // unreachable through execute(), which always names a sub-command; kept for picocli's contract
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing command: run, parse or migrate");
    }
}
