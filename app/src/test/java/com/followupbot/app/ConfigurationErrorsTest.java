package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each malformed environment variable, read by the function the launcher reads it with (in-process, no
 * exit): a configuration error naming the variable and saying what is expected, on one line.
 * StartupErrorsTest runs the real launcher for a few of them.
 */
class ConfigurationErrorsTest {

    @Test
    void anOpsPortThatIsNotAPort() {
        for (String value : new String[] {"abc", "70000", "-1", "80 80"}) {
            String line = refused(() -> OpsServer.port(terminal(Map.of("FOLLOWUP_OPS_PORT", value))));
            assertThat(line).as(value).startsWith("FOLLOWUP_OPS_PORT: ").endsWith("is not a port number (0-65535).");
        }
        assertThat(OpsServer.port(terminal(Map.of()))).as("unset: no ops listener").isEqualTo(-1);
        assertThat(OpsServer.port(terminal(Map.of("FOLLOWUP_OPS_PORT", " 9464 ")))).isEqualTo(9464);
    }

    @Test
    void aZoneThatIsNotAZone() {
        assertThat(refused(() -> ZoneSetting.resolve(null, terminal(Map.of("FOLLOWUP_ZONE", "Mars/Olympus")))))
                .isEqualTo("FOLLOWUP_ZONE: “Mars/Olympus” is not a time zone. Use a region/city zone such as Europe/Rome.");
        assertThat(refused(() -> ZoneSetting.resolve(null, terminal(Map.of("FOLLOWUP_ZONE", "europe/rome")))))
                .isEqualTo("FOLLOWUP_ZONE: “europe/rome” is not a time zone. Zone names are case-sensitive: use Europe/Rome.");
    }

    @Test
    void aLogFormatLogbackDoesNotKnow() {
        assertThat(LogFormat.problem(terminal(Map.of("FOLLOWUP_LOG_FORMAT", "xml")))).contains(
                "FOLLOWUP_LOG_FORMAT: “xml” is not a log format. Use json or text (the default).");
        assertThat(LogFormat.problem(terminal(Map.of("FOLLOWUP_LOG_FORMAT", "json")))).isEmpty();
    }

    @Test
    void aDatabaseUrlThatIsNotAUrl() {
        for (String value : new String[] {"nonsense", "http://db.example.com/x", "postgres://u@:x/db", "jdbc:mysql://h/db"}) {
            Throwable refused = catchThrowableOfType(() -> DatabaseConfig.parse(value), RuntimeException.class);
            assertThat(refused).as(value).isNotNull();
            assertThat(refused.getMessage()).as(value).startsWith("DATABASE_URL").doesNotContain("\n");
        }
    }

    @Test
    void aControlCharacterOrAPastedPageStaysOnOneLine() {
        String line = refused(() -> OpsServer.port(terminal(Map.of("FOLLOWUP_OPS_PORT", "80\n\u001b[2J" + "9".repeat(5000)))));
        assertThat(line).doesNotContain("\n", "\u001b").hasSizeLessThan(400);
    }

    private static String refused(Runnable read) {
        StartupException e = catchThrowableOfType(read::run, StartupException.class);
        assertThat(e).as("a configuration error").isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(e.getMessage()).as("one line").doesNotContain("\n");
        return e.getMessage();
    }

    private static Terminal terminal(Map<String, String> env) {
        return new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), env);
    }
}
