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
        assertThat(run.out()).contains("--data-dir", "FOLLOWUP_DATA_DIR", "--zone", "FOLLOWUP_ZONE", "DATABASE_URL");

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
    void slackIsNotServedYetAndNothingStarts() {
        TestTerminal terminal = new TestTerminal("", Map.of("SLACK_BOT_TOKEN", "xoxb-secret"));
        Path notCreated = dataDir.resolve("bot");

        int exit = Main.execute(terminal.terminal(), "--data-dir", notCreated.toString());

        assertThat(exit).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(terminal.err()).contains("SLACK_BOT_TOKEN", "later issue", "console").doesNotContain("xoxb-secret");
        assertThat(notCreated).doesNotExist();
    }

    @Test
    void dataDirDefaultsToTheEnvironmentOrTheHomeDirectory() {
        RunCommand run = new RunCommand(new TestTerminal("", Map.of()).terminal());
        new CommandLine(run).parseArgs();

        String fromEnvironment = System.getenv("FOLLOWUP_DATA_DIR");
        Path expected = fromEnvironment != null && !fromEnvironment.isEmpty() ? Path.of(fromEnvironment)
                : Path.of(System.getProperty("user.home"), ".followup-bot");
        assertThat(run.dataDir.path()).isEqualTo(expected.toAbsolutePath().normalize());
        assertThat(run.dispatchInterval).hasSeconds(1);
    }
}
