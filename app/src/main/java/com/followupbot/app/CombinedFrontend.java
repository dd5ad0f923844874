package com.followupbot.app;

import com.followupbot.DaemonThreads;
import com.followupbot.FollowUpBot;
import com.followupbot.chat.ChatPort;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;

/**
 * Telegram and Slack in one bot, for people who use both (and link them): each frontend receives on its
 * own thread, the bot routes every message to the platform of its chat. When one stops, the run ends.
 */
final class CombinedFrontend implements ChatFrontend {

    private final List<ChatFrontend> frontends;

    CombinedFrontend(List<ChatFrontend> frontends) {
        this.frontends = List.copyOf(frontends);
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public ChatPort chatPort() {
        return frontends.get(0).chatPort();
    }

    @Override
    public List<ChatPort> chatPorts() {
        List<ChatPort> ports = new ArrayList<>();
        frontends.forEach(f -> ports.addAll(f.chatPorts()));
        return ports;
    }

    @Override
    public Map<String, BooleanSupplier> adapterChecks() {
        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        frontends.forEach(f -> checks.putAll(f.adapterChecks()));
        return checks;
    }

    @Override
    public void useDatabase(Jdbi jdbi) throws FrontendUnavailableException {
        for (ChatFrontend frontend : frontends) {
            frontend.useDatabase(jdbi);
        }
    }

    @Override
    public int run(FollowUpBot bot) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(frontends.size(), new DaemonThreads("frontend"));
        ExecutorCompletionService<Integer> runs = new ExecutorCompletionService<>(threads);
        try {
            frontends.forEach(frontend -> runs.submit(() -> frontend.run(bot)));
            Future<Integer> first = runs.take();
            return first.get();
        } catch (ExecutionException failed) {
            // the frontend's own failure, as if it ran alone: its clear message, not a wrapper's
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        } finally {
            threads.shutdownNow(); // the others' shutdown hooks stop them with the process
        }
    }
}
