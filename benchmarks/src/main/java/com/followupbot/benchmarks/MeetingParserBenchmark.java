package com.followupbot.benchmarks;

import com.followupbot.capture.parsing.MeetingParser;
import com.followupbot.capture.ParsedMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Message understanding on one thread over a mixed EN/IT set of realistic messages (one message per
 * invocation, cycling): throughput in messages/s and the latency distribution (p99 from SampleTime).
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class MeetingParserBenchmark {
    private static final int PRE_WARM_PARSES = 300_000;
    private final ZonedDateTime now = LocalDateTime.parse("2026-03-12T18:30").atZone(ZoneId.of("Europe/Rome"));
    private MeetingParser parser;
    private List<Messages.Message> messages;
    private int next;

    @Setup
    public void setUp() {
        parser = MeetingParser.standard();
        messages = Messages.mixed();
        // The JIT needs ~10 s of parsing to reach steady state on a busy 2-core machine; the short runs asked
        // for (-wi 2 -w 2s) would otherwise measure compilation. A bot parses for days, so pre-warm here.
        for (int i = 0; i < PRE_WARM_PARSES; i++) {
            parseNext();
        }
        next = 0;
    }

    private ParsedMessage parseNext() {
        Messages.Message m = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        return parser.parse(m.text(), m.language(), now);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ParsedMessage throughput() {
        return parseNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ParsedMessage latency() {
        return parseNext();
    }

    /** Same set with no language hint: detection plus a second grammar for what the first cannot read. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ParsedMessage throughputDetectingLanguage() {
        Messages.Message m = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        return parser.parse(m.text(), null, now);
    }
}
