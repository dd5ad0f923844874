package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The production logback.xml: the human format by default, one JSON object per line with FOLLOWUP_LOG_FORMAT=json. */
class LogFormatTest {

    @Test
    void jsonIsOneObjectPerLineWithTheStackTraceInside() throws Exception {
        List<String> lines = logWith("json");

        assertThat(lines).hasSize(2);
        JsonNode started = new ObjectMapper().readTree(lines.get(0));
        assertThat(started.get("level").asText()).isEqualTo("INFO");
        assertThat(started.get("loggerName").asText()).isEqualTo("com.followupbot.app.Probe");
        assertThat(started.get("formattedMessage").asText()).isEqualTo("Calendar jobs scheduled on node n-1");
        assertThat(started.has("arguments")).isFalse();
        JsonNode failed = new ObjectMapper().readTree(lines.get(1));
        assertThat(failed.get("level").asText()).isEqualTo("WARN");
        assertThat(failed.get("throwable").get("message").asText()).isEqualTo("connection refused");
    }

    @Test
    void textIsTheDefault() throws Exception {
        List<String> lines = logWith(null);

        assertThat(lines.get(0)).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main\\] com\\.followupbot\\.app\\.Probe - "
                + "Calendar jobs scheduled on node n-1");
        assertThat(lines.get(1)).contains("WARN", "Dispatching failed");
        assertThat(lines).anyMatch(line -> line.contains("IllegalStateException: connection refused"));
    }

    @Test
    void anUnknownFormatStopsTheBotBeforeItRunsWithNoLogs() {
        TestTerminal terminal = new TestTerminal("", Map.of(LogFormat.VARIABLE, "JSON"));

        assertThat(Main.execute(terminal.terminal(), "migrate")).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(terminal.err()).isEqualTo("FOLLOWUP_LOG_FORMAT: “JSON” is not a log format. Use json or text (the default).\n");
    }

    /** Configures a fresh context from the shipped logback.xml and logs two events; returns what reached stderr. */
    private static List<String> logWith(String format) throws Exception {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // the static binder gives its own context one, not ours
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            if (format != null) {
                context.putProperty(LogFormat.VARIABLE, format);
            }
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(Main.class.getResource("/logback.xml"));
            // a warning makes logback print its status report on stdout, into the program's output
            assertThat(context.getStatusManager().getCopyOfStatusList())
                    .noneMatch(status -> status.getEffectiveLevel() >= ch.qos.logback.core.status.Status.WARN);
            Logger log = context.getLogger("com.followupbot.app.Probe");
            log.info("Calendar jobs scheduled on node {}", "n-1");
            log.warn("Dispatching failed", new IllegalStateException("connection refused"));
        } finally {
            context.stop();
            System.setErr(stderr);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
