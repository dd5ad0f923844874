package com.followupbot.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs every benchmark of BENCHMARKS.md one after the other, each in a JVM of its own (so one's heap, JIT and
 * embedded database do not colour the next), with the sizes the figures there were measured at; about 25
 * minutes on two cores. {@code quick} runs the same list at small sizes (a few minutes): it checks that every
 * benchmark still runs, its figures mean nothing. Each line printed before a run is the command that runs it alone.
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar com.followupbot.benchmarks.RunAll [quick]}.
 * The memory benchmark starts the bot's jar, {@code app/target/followup-bot.jar}; it is skipped when not built.
 */
public final class RunAll {

    private static final String PACKAGE = "com.followupbot.benchmarks.";
    private static final String APP_JAR = "app/target/followup-bot.jar";

    private RunAll() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("quick");
        List<String[]> runs = quick ? quick() : full();
        List<String> failed = new ArrayList<>();
        long start = System.nanoTime();
        for (String[] run : runs) {
            if (run[0].endsWith("DispatchThroughput") && run[1].equals("memory") && !Files.exists(Path.of(APP_JAR))) {
                System.out.printf("%n### skipped (build the bot first: ./mvnw -q -DskipTests package): %s%n", String.join(" ", run));
                continue;
            }
            System.out.printf("%n### java -cp benchmarks/target/benchmarks.jar %s%n", String.join(" ", run));
            if (runAlone(run) != 0) {
                failed.add(String.join(" ", run));
            }
        }
        System.out.printf(Locale.ROOT, "%n%d benchmark runs in %s; %d failed%s%n", runs.size(),
                Duration.ofNanos(System.nanoTime() - start).withNanos(0), failed.size(), failed.isEmpty() ? "" : ": " + failed);
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    private static List<String[]> full() {
        return List.of(
                jmh("-f", "1", "-wi", "2", "-i", "3", "-w", "2s", "-r", "3s"),
                dispatch("20000", "2000", "1000", "2000"),
                dispatch("100000", "10000", "1000", "200"),
                dispatch("explain", "100000", "10000"),
                dispatch("latency", "10000", "100000", "1000000"),
                dispatch("inbound", "50", "8", "1000"),
                dispatch("inbound", "slack", "50", "8", "1000", "still"),
                dispatch("memory", APP_JAR, "10000", "1000000", "-XX:+UseSerialGC", "-Xmx128m"),
                burst("telegram", "3000", "600", "3"),
                burst("slack", "300", "60", "2"));
    }

    private static List<String[]> quick() {
        return List.of(
                jmh("-f", "1", "-wi", "0", "-i", "1", "-r", "1s"),
                dispatch("2000", "200", "100", "100"),
                dispatch("explain", "10000", "1000"),
                dispatch("latency", "10000"),
                dispatch("inbound", "5", "2", "100"),
                dispatch("inbound", "slack", "5", "2", "100", "still"),
                dispatch("memory", APP_JAR, "100", "10000", "-XX:+UseSerialGC", "-Xmx128m"),
                burst("telegram", "60", "20", "2"),
                burst("slack", "10", "5", "2"));
    }

    private static String[] jmh(String... options) {
        List<String> run = new ArrayList<>(List.of("org.openjdk.jmh.Main", "MeetingParserBenchmark", "MessageReaderBenchmark",
                "AdversarialBenchmark"));
        run.addAll(List.of(options));
        return run.toArray(String[]::new);
    }

    private static String[] dispatch(String... arguments) {
        return prefixed(PACKAGE + "DispatchThroughput", arguments);
    }

    private static String[] burst(String... arguments) {
        return prefixed(PACKAGE + "BurstDrain", arguments);
    }

    private static String[] prefixed(String main, String[] arguments) {
        String[] run = new String[arguments.length + 1];
        run[0] = main;
        System.arraycopy(arguments, 0, run, 1, arguments.length);
        return run;
    }

    /** One benchmark in a JVM of its own, on this one's class path, its output passed through; its exit code. */
    private static int runAlone(String[] run) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(run));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
