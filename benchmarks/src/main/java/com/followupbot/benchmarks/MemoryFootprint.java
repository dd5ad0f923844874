package com.followupbot.benchmarks;

import com.followupbot.migrations.Migrations;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resident memory and start-up time of the real bot process ({@code java -jar app/target/followup-bot.jar}),
 * usage {@code … DispatchThroughput memory [jar] [users] [steps] [jvm flags…]}:
 * <ol>
 * <li>against a PostgreSQL (embedded here, started by this driver) holding {@code users} users and
 *     {@code steps} pending follow-ups, about 1 % of them due, so the bot dispatches while it is measured;
 *     the console chat is driven through stdin; VmRSS of the bot's JVM is sampled every 100 ms for 60 s;</li>
 * <li>the default set-up, embedded PostgreSQL in a fresh data directory (first start runs initdb), then the
 *     same directory again: time from launch to the first reply to {@code help}.</li>
 * </ol>
 */
final class MemoryFootprint {

    private MemoryFootprint() {
    }

    static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "app/target/followup-bot.jar");
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        List<String> flags = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start();
             HikariDataSource ds = DispatchThroughput.pool(pg)) {
            Migrations.migrate(ds);
            DispatchThroughput.seed(ds, steps, users, "case when random() < 0.01 then now() - random() * interval '1 hour'"
                    + " else now() + random() * interval '30 days' end");
            System.out.printf("seeded %,d users, %,d pending steps; flags %s%n", users, steps, flags);
            Run run = Run.start(jar, flags, List.of("DATABASE_URL", pg.getJdbcUrl("postgres", "postgres")));
            run.say("met Anna Rossi from Acme at the expo yesterday");
            long maxRss = 0;
            List<Long> samples = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                long rss = run.rssKb();
                samples.add(rss);
                maxRss = Math.max(maxRss, rss);
                if (i % 100 == 50) {
                    run.say("who is Anna");
                }
                Thread.sleep(100); // a sampling interval of a real process, not a test synchronisation
            }
            long prompted = DispatchThroughput.count(ds, "select count(*) from follow_up_step where state = 'PROMPTED'");
            System.out.printf(Locale.ROOT, "external db: started in %.1f s; VmRSS max %,d MB, at 60 s %,d MB; %,d output lines; %,d steps prompted%n",
                    run.readySeconds, maxRss / 1024, samples.get(samples.size() - 1) / 1024, run.lines.get(), prompted);
            run.quit();
        }
        Path dataDir = Files.createTempDirectory("followup-memory");
        for (String label : List.of("embedded, fresh data dir", "embedded, same data dir again")) {
            Run run = Run.start(jar, flags, List.of("FOLLOWUP_DATA_DIR", dataDir.toString()));
            System.out.printf(Locale.ROOT, "%s: first reply after %.1f s; VmRSS %,d MB%n", label, run.readySeconds, run.rssKb() / 1024);
            run.quit();
        }
    }

    /** The bot as a child process, its console chat on stdin and stdout. */
    private static final class Run {
        final Process process;
        final PrintWriter in;
        final AtomicInteger lines = new AtomicInteger();
        double readySeconds;

        private Run(Process process) {
            this.process = process;
            this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        }

        static Run start(Path jar, List<String> flags, List<String> env) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(flags);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("SLACK_") || k.equals("DATABASE_URL"));
            builder.environment().put(env.get(0), env.get(1));
            long start = System.nanoTime();
            Run run = new Run(builder.start());
            CountDownLatch replied = new CountDownLatch(1);
            Thread reader = new Thread(() -> run.drain(replied), "bot-stdout");
            reader.setDaemon(true);
            reader.start();
            run.say("help");
            if (!replied.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the bot did not answer within 5 minutes");
            }
            run.readySeconds = (System.nanoTime() - start) / 1e9;
            return run;
        }

        private void drain(CountDownLatch replied) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.incrementAndGet();
                    if (!line.startsWith("> ") && !line.isBlank()) {
                        replied.countDown();
                    }
                }
            } catch (Exception e) {
                // the process ended
            }
        }

        void say(String text) {
            in.println(text);
        }

        long rssKb() throws Exception {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return 0;
        }

        void quit() throws Exception {
            say("/quit");
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }
}
