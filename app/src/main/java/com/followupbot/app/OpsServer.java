package com.followupbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupbot.DaemonThreads;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations listener ({@code FOLLOWUP_OPS_PORT}): Prometheus metrics at {@code /metrics}, health at
 * {@code /healthz} (200 when every check passes, else 503, with the checks as JSON). Nothing else is served,
 * and nothing here reads or writes what users said.
 */
final class OpsServer implements AutoCloseable {

    static final String PORT_VARIABLE = "FOLLOWUP_OPS_PORT";

    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;
    private final ExecutorService checks;

    private OpsServer(HttpServer server, ExecutorService threads, ExecutorService checks) {
        this.server = server;
        this.threads = threads;
        this.checks = checks;
    }

    static OpsServer start(int port, OpsMetrics metrics, HealthChecks health) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4, new DaemonThreads("ops-http"));
        server.setExecutor(threads);
        // checks on threads of their own: a request waiting on its checks never starves them of a thread
        ExecutorService checks = Executors.newCachedThreadPool(new DaemonThreads("health-check"));
        server.createContext("/metrics", exchange -> {
            try (exchange) {
                respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
            }
        });
        server.createContext("/healthz", exchange -> {
            try (exchange) {
                Map<String, Boolean> results = health.run(checks);
                boolean up = !results.containsValue(false);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", up ? "UP" : "DOWN");
                Map<String, String> states = new LinkedHashMap<>();
                results.forEach((name, ok) -> states.put(name, ok ? "UP" : "DOWN"));
                body.put("checks", states);
                respond(exchange, up ? 200 : 503, "application/json", JSON.writeValueAsString(body));
            }
        });
        server.start();
        log.info("Operations endpoints on port {}: /metrics, /healthz", server.getAddress().getPort());
        return new OpsServer(server, threads, checks);
    }

    /**
     * The port from {@value #PORT_VARIABLE}, or -1 when unset: off by default, so the console and two
     * instances on one host need no port of their own.
     */
    static int port(Terminal terminal) {
        String value = terminal.variable(PORT_VARIABLE);
        if (value == null || value.isBlank()) {
            return -1;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new StartupException(ExitCodes.CONFIGURATION, PORT_VARIABLE + ": " + StartupException.quoted(value)
                + " is not a port number (0-65535).");
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        checks.shutdownNow();
    }
}
