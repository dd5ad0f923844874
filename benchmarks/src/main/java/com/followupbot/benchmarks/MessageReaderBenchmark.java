package com.followupbot.benchmarks;

import com.followupbot.capture.MessageReader;
import com.followupbot.capture.Understanding;
import com.followupbot.user.Language;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
 * The whole of understanding a message, once, as every platform does it: replies, commands, typed answers
 * with their times, meetings. Half meetings (the parser's mixed set), half short answers typed to prompts.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class MessageReaderBenchmark {
    private static final List<String> ANSWERS = List.of("done", "fatto", "sent Bice a message", "I sent Dora an email",
            "snooze Dora until Monday", "rimanda di 3 giorni", "called Sara, no answer", "non risponde",
            "he is not on LinkedIn", "booked with Luca on Friday 15:00", "fissato per martedì alle 10", "yes", "sì, giusto",
            "thanks", "change my time zone to London", "undo", "today", "le ho scritto", "ci siamo collegati",
            "remind me on the 20th", "one-to-one with Marco next Thursday 8:30", "Tuesday 10:00", "skip Bice", "next week");
    private static final int PRE_WARM = 200_000;

    private final ZonedDateTime now = LocalDateTime.parse("2026-03-13T09:00").atZone(ZoneId.of("Europe/Rome"));
    private MessageReader reader;
    private List<Messages.Message> messages;
    private int next;

    @Setup
    public void setUp() {
        reader = MessageReader.standard();
        messages = new ArrayList<>();
        List<Messages.Message> meetings = Messages.mixed();
        for (int i = 0; i < Math.max(meetings.size(), ANSWERS.size()); i++) {
            messages.add(meetings.get(i % meetings.size()));
            String answer = ANSWERS.get(i % ANSWERS.size());
            messages.add(new Messages.Message(answer, null));
        }
        for (int i = 0; i < PRE_WARM; i++) {
            understandNext();
        }
        next = 0;
    }

    private Understanding understandNext() {
        Messages.Message m = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        Language hint = m.language();
        return reader.understand(m.text(), hint, now);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Understanding throughput() {
        return understandNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Understanding latency() {
        return understandNext();
    }
}
