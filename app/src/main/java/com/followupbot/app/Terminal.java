package com.followupbot.app;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The process's standard streams and environment, passed in rather than read from {@link System} so that
 * the commands can be driven from tests. Logs never go here: logback writes them to stderr on its own.
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {

    public Terminal {
        env = Map.copyOf(env);
    }

    /** The real terminal. Output is UTF-8 whatever the platform default, like the input we read. */
    public static Terminal system() {
        return new Terminal(
                new FileInputStream(FileDescriptor.in),
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                System.getenv());
    }

    /** The value of an environment variable, or null when it is unset or blank. */
    public String variable(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
