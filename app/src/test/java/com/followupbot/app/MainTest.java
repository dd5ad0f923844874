package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class MainTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"--help", "run --help", "parse --help", "migrate --help", "help parse"})
    void everyCommandExplainsItself(String args) {
        TestTerminal terminal = new TestTerminal("", Map.of());

        assertThat(Main.execute(terminal.terminal(), args.split(" "))).isZero();

        assertThat(terminal.out()).startsWith("Usage: followup-bot");
    }

    @Test
    void helpListsTheOptionsAndTheirEnvironmentVariables() {
        TestTerminal run = new TestTerminal("", Map.of());
        Main.execute(run.terminal(), "run", "--help");
        assertThat(run.out()).contains("--data-dir", "FOLLOWUP_DATA_DIR", "--zone", "FOLLOWUP_ZONE", "DATABASE_URL")
                .contains("Exit codes:", "  4   a setting cannot be used", "  6   another Follow-Up Bot is using the data directory");

        TestTerminal parse = new TestTerminal("", Map.of());
        Main.execute(parse.terminal(), "parse", "--help");
        assertThat(parse.out()).contains("--lang", "--now", "--zone");
    }

    @Test
    void versionIsPrinted() {
        TestTerminal terminal = new TestTerminal("", Map.of());

        assertThat(Main.execute(terminal.terminal(), "--version")).isZero();
        assertThat(terminal.out()).startsWith("followup-bot ");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        TestTerminal unknownOption = new TestTerminal("", Map.of());
        assertThat(Main.execute(unknownOption.terminal(), "parse", "--bogus")).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownOption.err()).contains("--bogus");

        TestTerminal unknownLanguage = new TestTerminal("", Map.of());
        assertThat(Main.execute(unknownLanguage.terminal(), "parse", "--lang", "fr")).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownLanguage.err()).contains("unknown language 'fr'", "en, it");

        TestTerminal badTime = new TestTerminal("", Map.of());
        assertThat(Main.execute(badTime.terminal(), "parse", "--now", "yesterday")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void runIsTheDefaultCommand() {
        assertThat(Main.withDefaultCommand()).containsExactly("run");
        assertThat(Main.withDefaultCommand("--data-dir", "/x")).containsExactly("run", "--data-dir", "/x");
        assertThat(Main.withDefaultCommand("--help")).containsExactly("--help");
        assertThat(Main.withDefaultCommand("parse", "--lang", "it")).containsExactly("parse", "--lang", "it");
    }

    @Test
    void anUnreachableTelegramFailsFastWithoutLeakingTheTokenAndNothingStarts() {
        TestTerminal terminal = new TestTerminal("", Map.of("TELEGRAM_BOT_TOKEN", "123:abc",
                "TELEGRAM_API_URL", "http://127.0.0.1:1"));
        Path notCreated = dataDir.resolve("bot");

        int exit = Main.execute(terminal.terminal(), "--data-dir", notCreated.toString());

        assertThat(exit).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(terminal.err()).contains("Telegram").doesNotContain("123:abc");
        assertThat(notCreated).doesNotExist();
    }

    @Test
    void aSlackTokenWithoutAWayToReceiveSaysWhatToSetAndNothingStarts() {
        TestTerminal terminal = new TestTerminal("", Map.of("SLACK_BOT_TOKEN", "xoxb-1-secret-secret-secret"));
        Path notCreated = dataDir.resolve("bot");

        int exit = Main.execute(terminal.terminal(), "--data-dir", notCreated.toString());

        assertThat(exit).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(terminal.err()).contains("SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET").doesNotContain("secret-secret");
        assertThat(terminal.err().lines().count()).isEqualTo(1);
        assertThat(notCreated).doesNotExist();
    }

    @Test
    void anUnreachableSlackFailsFastWithoutLeakingTheTokenAndNothingStarts() {
        TestTerminal terminal = new TestTerminal("", Map.of("SLACK_BOT_TOKEN", "xoxb-1-secret-secret-secret",
                "SLACK_SIGNING_SECRET", "shh", "SLACK_API_URL", "http://127.0.0.1:1"));
        Path notCreated = dataDir.resolve("bot");

        int exit = Main.execute(terminal.terminal(), "--data-dir", notCreated.toString());

        assertThat(exit).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(terminal.err()).contains("SLACK").doesNotContain("secret-secret");
        assertThat(notCreated).doesNotExist();
    }

    @Test
    void dataDirComesFromTheOptionElseTheEnvironmentElseTheHomeDirectory() {
        Terminal withVariable = new TestTerminal("", Map.of("FOLLOWUP_DATA_DIR", "/srv/bot/../followup")).terminal();
        Terminal without = new TestTerminal("", Map.of()).terminal();

        RunCommand defaults = new RunCommand(without);
        new CommandLine(defaults).parseArgs();
        assertThat(defaults.dataDir.resolve(without))
                .isEqualTo(new DataDirectory(Path.of(System.getProperty("user.home"), ".followup-bot"), null));
        assertThat(defaults.dispatchInterval).hasSeconds(1);

        RunCommand fromEnvironment = new RunCommand(withVariable);
        new CommandLine(fromEnvironment).parseArgs();
        assertThat(fromEnvironment.dataDir.resolve(withVariable))
                .isEqualTo(new DataDirectory(Path.of("/srv/followup"), "FOLLOWUP_DATA_DIR"));

        RunCommand fromOption = new RunCommand(withVariable);
        new CommandLine(fromOption).parseArgs("--data-dir", "relative");
        assertThat(fromOption.dataDir.resolve(withVariable))
                .isEqualTo(new DataDirectory(Path.of("relative").toAbsolutePath(), "--data-dir"));
    }
}
