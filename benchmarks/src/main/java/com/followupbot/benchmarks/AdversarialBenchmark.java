package com.followupbot.benchmarks;

import com.followupbot.capture.parsing.MeetingParser;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.user.Language;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one parse of the most expensive hostile inputs (just under the 4,096-byte limit), mirroring
 * the heaviest cases of bot-core's AdversarialInputs; the worst of these bounds every parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class AdversarialBenchmark {
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("digit-chunks", "met Anna " + "12 ".repeat(1_300)),
            Map.entry("plus-digit-chunks", "met Anna " + "+1 2 ".repeat(800)),
            Map.entry("nested-quotes", "met " + "\"'".repeat(1_000) + "Anna" + "'\"".repeat(1_000)),
            Map.entry("nested-brackets", "met Anna " + "(".repeat(2_000) + ")".repeat(2_000)),
            Map.entry("many-people", "met Anna" + " and Anna".repeat(400)),
            Map.entry("many-commas", "met Anna" + ", Marco".repeat(500)),
            Map.entry("apostrophes", "met Anna " + "'".repeat(4_000)),
            Map.entry("elision-chain", "met " + "l'".repeat(1_900) + "Anna"),
            Map.entry("italian-particles", "ho conosciuto Anna" + " de".repeat(1_300) + " Luca"),
            Map.entry("10000-spaces", " ".repeat(10_000)));

    @Param({"digit-chunks", "plus-digit-chunks", "nested-quotes", "nested-brackets", "many-people", "many-commas",
            "apostrophes", "elision-chain", "italian-particles", "10000-spaces"})
    public String input;

    private static final int PRE_WARM_PARSES = 3_000;
    private final ZonedDateTime now = LocalDateTime.parse("2026-03-12T18:30").atZone(ZoneId.of("Europe/Rome"));
    private MeetingParser parser;
    private String text;

    @Setup
    public void setUp() {
        parser = MeetingParser.standard();
        text = INPUTS.get(input);
        for (int i = 0; i < PRE_WARM_PARSES; i++) {
            parser.parse(text, Language.EN, now); // past JIT compilation, as in a long-running bot
        }
    }

    @Benchmark
    public ParsedMessage parse() {
        return parser.parse(text, Language.EN, now);
    }
}
