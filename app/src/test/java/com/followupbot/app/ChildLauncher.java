package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher in a child JVM, as a user would: with the production logback.xml rather than the
 * tests' one, and the real stderr, where logback, java.util.logging (the PostgreSQL driver's) and any
 * library printing on its own all end up. Its environment has none of the bot's variables but those given.
 */
final class ChildLauncher {

    /** What the child printed and returned. */
    record Result(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static final List<String> BOT_VARIABLES = List.of("DATABASE_URL", "FOLLOWUP_DATA_DIR", "FOLLOWUP_ZONE");
    private static final List<String> BOT_PREFIXES = List.of("TELEGRAM_", "SLACK_");

    private ChildLauncher() {
    }

    /** Runs {@code followup-bot args} with {@code env}; {@code work} holds its output files and home. */
    static Result run(Path work, Map<String, String> env, String... args) throws Exception {
        Path out = Files.createTempFile(work, "child-", ".out");
        Path err = Files.createTempFile(work, "child-", ".err");
        Path in = Files.createTempFile(work, "child-", ".in"); // empty: a console chat would end at once
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // a short-lived JVM: start fast
                "-Duser.home=" + work,
                "-Dlogback.configurationFile=" + productionLogbackConfig(),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> BOT_VARIABLES.contains(name)
                || BOT_PREFIXES.stream().anyMatch(name::startsWith));
        builder.environment().putAll(env);
        Process child = builder.start();
        // a guard against a hang, not a measure of speed
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the launcher did not exit; its stderr so far: " + Files.readString(err));
        }
        return new Result(child.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** app's own logback.xml, next to the compiled Main: the test classpath's logback-test.xml would win otherwise. */
    private static Path productionLogbackConfig() throws URISyntaxException {
        Path config = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("logback.xml");
        assertThat(config).as("app's logback.xml").exists();
        return config;
    }
}
